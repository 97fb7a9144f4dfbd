import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { dayOf } from './day.js';
import { stripControl } from './decode.js';
import { contentHash } from './hash.js';
import { htmlFragmentText } from './html.js';
import { decodeEntities } from './sgml.js';
import type { Document, ReadItem } from './types.js';

/** Text of an element the parser left raw (content, summary): CDATA opened, escaped HTML read as HTML. */
function richText(raw: unknown): string {
  let s = flat(raw);
  if (!s) return '';
  // CDATA in a feed wraps HTML: its inside is read as markup.
  s = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  // Escaped HTML (`&lt;p&gt;`, Atom type="html", most RSS descriptions): unescape once.
  if (!/<[a-z!/]/i.test(s) && /&lt;/i.test(s)) s = decodeEntities(s);
  return stripControl(htmlFragmentText(s));
}

function flat(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return flat(v[0]);
  if (typeof v === 'object' && '#text' in v) return flat((v as Record<string, unknown>)['#text']);
  return '';
}

function plain(v: unknown): string {
  const s = flat(v);
  return stripControl(s.includes('<') ? htmlFragmentText(s) : s)
    .replace(/\s+/g, ' ')
    .trim();
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The one item fields every kind of feed maps to. */
interface Item {
  guid?: string;
  link?: string;
  title?: string;
  date?: string;
  content?: string;
  summary?: string;
}

function atomLink(v: unknown): string | undefined {
  const links = list(v) as Record<string, unknown>[];
  const pick =
    links.find((l) => l && typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ??
    links[0];
  if (pick && typeof pick === 'object') return flat(pick['@_href']) || undefined;
  return flat(pick) || undefined;
}

function xmlItems(xml: string): { items: Item[]; kind: string } | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return `malformed feed XML at line ${valid.err.line}: ${valid.err.msg.split('\n')[0]}`;
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    processEntities: true,
    htmlEntities: true,
    // Rich content stays raw: its markup is the article's, read by the HTML reader.
    stopNodes: ['*.encoded', '*.content', '*.description', '*.summary'],
    parseTagValue: false,
  }).parse(xml) as Record<string, Record<string, unknown>>;
  if (parsed.rss || parsed.RDF) {
    const root = parsed.rss ?? parsed.RDF ?? {};
    const channel = (root.channel ?? {}) as Record<string, unknown>;
    const raw = list(channel.item ?? root.item) as Record<string, unknown>[];
    return {
      kind: parsed.rss ? 'RSS' : 'RSS 1.0',
      items: raw.map((it) => ({
        guid: flat(it.guid) || flat(it['@_about']) || undefined,
        link: plain(it.link) || undefined,
        title: plain(it.title) || undefined,
        date: dayOf(flat(it.pubDate) || flat(it.date) || flat(it.published)),
        content: richText(it.encoded) || undefined,
        summary: richText(it.description) || undefined,
      })),
    };
  }
  if (parsed.feed) {
    const raw = list(parsed.feed.entry) as Record<string, unknown>[];
    return {
      kind: 'Atom',
      items: raw.map((it) => ({
        guid: plain(it.id) || undefined,
        link: atomLink(it.link),
        title: plain(it.title) || undefined,
        date: dayOf(flat(it.published) || flat(it.updated)),
        content: richText(it.content) || undefined,
        summary: richText(it.summary) || undefined,
      })),
    };
  }
  return 'XML that is not a feed, expected <rss>, <feed> or <rdf:RDF>';
}

function jsonItems(json: string): { items: Item[]; kind: string } | string {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return 'malformed JSON, expected a JSON Feed';
  }
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || !/jsonfeed\.org/.test(String(o.version ?? ''))) {
    return 'JSON that is not a JSON Feed (no "version": "https://jsonfeed.org/...")';
  }
  return {
    kind: 'JSON Feed',
    items: (list(o.items) as Record<string, unknown>[]).map((it) => {
      const str = (k: string) => (typeof it?.[k] === 'string' ? (it[k] as string) : undefined);
      const html = str('content_html');
      const content = html ? richText(html) : stripControl(str('content_text') ?? '').trim();
      return {
        guid: typeof it?.id === 'number' ? String(it.id) : str('id'),
        link: str('url'),
        title: str('title') ? plain(str('title')) : undefined,
        date: dayOf(str('date_published') ?? str('date_modified')),
        content: content || undefined,
        summary: str('summary') ? richText(str('summary')) : undefined,
      };
    }),
  };
}

/**
 * A feed file (RSS 2.0, RSS 1.0, Atom or JSON Feed) to one document per item:
 * id from the guid (else the link, else `<file id>#<n>`), the link as `url`,
 * the title as the first paragraph, then the full content when the item has
 * it, else its summary (`summaryOnly`). Bad items are skipped by number.
 */
export function* feedDocuments(fileId: string, text: string, source: string): Generator<ReadItem> {
  const head = text.trimStart();
  const got = head.startsWith('{') ? jsonItems(text) : xmlItems(text);
  if (typeof got === 'string') {
    yield { kind: 'skip', skip: { source, reason: got } };
    return;
  }
  if (got.items.length === 0) {
    yield { kind: 'skip', skip: { source, reason: `${got.kind} feed with no items` } };
    return;
  }
  let n = 0;
  for (const it of got.items) {
    n++;
    const id = it.guid?.trim() || it.link?.trim() || `${fileId}#${n}`;
    const body = it.content ?? it.summary ?? '';
    const text = [it.title, body].filter(Boolean).join('\n\n');
    if (!body.trim()) {
      yield {
        kind: 'skip',
        skip: { source, reason: `item ${n} (${id}): no content or summary` },
      };
      continue;
    }
    const doc: Document = { id, text, hash: '', source };
    if (it.title) doc.title = it.title;
    if (it.date) doc.date = it.date;
    if (it.link) doc.url = it.link;
    if (!it.content) doc.summaryOnly = true;
    doc.hash = contentHash(doc);
    yield { kind: 'doc', doc };
  }
}
