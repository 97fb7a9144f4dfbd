import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { contentHash } from './hash.js';
import type { Document } from './types.js';

interface HtmlLibraries {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
}

let libraries: HtmlLibraries | undefined;

/** linkedom and readability, loaded at the first HTML page: most runs read none. */
function html(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability'))
        .Readability,
    };
  }
  return libraries;
}

const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|TABLE|TR|FIGURE|FIGCAPTION|HEADER|FOOTER|BR|HR|DD|DT)$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of an HTML fragment with paragraph breaks kept, tags and scripts gone. */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode, depth: number): void => {
    if (depth > 200) return; // pathological nesting: the rest is dropped, not crashed on
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    const block = BLOCK.test(name);
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode, depth + 1);
    if (block) out.push('\n\n');
  };
  walk(root, 0);
  return tidy(out);
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Text of an HTML fragment (a feed item's content) with paragraph breaks
 * kept, tags and scripts gone, entities decoded: the same text as
 * blockText, from htmlparser2's callbacks without building a DOM (a feed
 * has thousands of small fragments).
 */
export function htmlFragmentText(fragment: string): string {
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCK.test(name.toUpperCase())) out.push('\n\n');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.test(name.toUpperCase())) out.push('\n\n');
      },
      ontext(text) {
        if (!skipping) out.push(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true },
  );
  parser.write(fragment);
  parser.end();
  return tidy(out);
}

/** Pieces of text and breaks into paragraphs: lines trimmed, at most one blank line. */
function tidy(out: string[]): string {
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function meta(document: { querySelector(sel: string): unknown }, selectors: string[]) {
  for (const sel of selectors) {
    const el = document.querySelector(sel) as { getAttribute(n: string): string | null } | null;
    const v =
      el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime');
    if (v?.trim()) return v.trim();
  }
  return undefined;
}

/**
 * An HTML page: the article's main text as @mozilla/readability finds it, with
 * scripts, styles and navigation dropped. Falls back to the body's text when
 * readability finds no article.
 */
export function htmlDocument(id: string, page: string, source?: string): Document {
  const { parseHTML, Readability } = html();
  const { document } = parseHTML(page);
  const published = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'time[datetime]',
  ]);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const ogTitle = meta(document, ['meta[property="og:title"]']);
  // Readability mutates the DOM it is given; it gets its own parse.
  const article = new Readability(
    parseHTML(page).document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 100,
    },
  ).parse();
  let text = '';
  if (article?.content) {
    const frag = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(frag.document.body as unknown as DomNode);
  }
  if (!text.trim()) {
    for (const sel of ['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript']) {
      for (const el of document.querySelectorAll(sel)) el.remove();
    }
    text = document.body ? blockText(document.body as unknown as DomNode) : '';
  }
  const title = (article?.title || ogTitle || document.title || '').trim();
  const doc: Document = { id, text, hash: '' };
  if (title) doc.title = title;
  const date = published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (date) doc.date = date;
  if (url) doc.url = url;
  if (source) doc.source = source;
  doc.hash = contentHash(doc);
  return doc;
}
