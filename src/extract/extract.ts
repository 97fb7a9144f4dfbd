import nlp from 'compromise';
import type { Document } from '../ingest/types.js';
import { countWords, splitSentences } from './sentences.js';
import type { DocEntity, DocExtraction, DocRelation, EntityType, Span } from './types.js';

const TITLES =
  /^(?:(?:gen|lt|col|maj|capt|sgt|adm|mr|mrs|ms|dr|sen|rep|gov|pres|prof)\.?|general|president|minister|secretary|ayatollah|king|queen|prince|pope|chairman|the)\s+/i;

interface Found {
  type: EntityType;
  span: Span;
  name: string;
  title?: string;
}

function clean(
  text: string,
  start: number,
): { text: string; start: number; title?: string } | undefined {
  let t = text;
  let s = start;
  let title: string | undefined;
  for (let m = TITLES.exec(t); m; m = TITLES.exec(t)) {
    title = title ? `${title} ${m[0].trim()}` : m[0].trim();
    s += m[0].length;
    t = t.slice(m[0].length);
  }
  const trail = /(?:['’]s|['’])?[\s,.;:!?"'”’)]*$/.exec(t);
  if (trail?.[0].length) t = t.slice(0, t.length - trail[0].length);
  if (!/[A-Za-z]/.test(t) || t.length < 2 || !/^[A-Z0-9]/.test(t)) return undefined;
  return title ? { text: t, start: s, title } : { text: t, start: s };
}

/**
 * The baseline extractor: compromise's people, places and organizations per
 * sentence, one entity per distinct name, and relations from a few verb cues.
 */
export function extract(doc: Document): DocExtraction {
  const found: Found[] = [];
  const relations: DocRelation[] = [];
  const entities = new Map<string, DocEntity>();
  const idOf = (f: Found): string => {
    const key = `${f.type}|${f.name.toLowerCase()}`;
    let e = entities.get(key);
    if (!e) {
      e = { id: `e${entities.size}`, type: f.type, name: f.name, aliases: [], mentions: [] };
      entities.set(key, e);
    }
    e.mentions.push(f.span);
    if (f.title && !e.titles?.includes(f.title)) (e.titles ??= []).push(f.title);
    return e.id;
  };
  for (const sent of splitSentences(doc.text)) {
    const d = nlp(sent.text);
    const inSentence: { id: string; start: number; end: number }[] = [];
    const groups: [EntityType, { json(o: object): unknown }][] = [
      ['Person', d.people()],
      ['Location', d.places()],
      ['Organization', d.organizations()],
    ];
    for (const [type, view] of groups) {
      for (const j of view.json({ offset: true }) as {
        text: string;
        offset: { start: number };
      }[]) {
        const c = clean(j.text, j.offset.start);
        if (!c) continue;
        const start = sent.start + c.start;
        const span: Span = { doc: doc.id, text: c.text, start, end: start + c.text.length };
        if (doc.text.slice(span.start, span.end) !== span.text) continue;
        const f: Found = { type, span, name: c.text };
        if (c.title) f.title = c.title;
        found.push(f);
        inSentence.push({ id: idOf(f), start: span.start, end: span.end });
      }
    }
    inSentence.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const a = inSentence[i] as { id: string; end: number };
      const b = inSentence[i + 1] as { id: string; start: number };
      const between = doc.text.slice(a.end, b.start);
      if (/\b(killed|assassinated|shot dead)\b/i.test(between) && a.id !== b.id) {
        relations.push({
          source: a.id,
          target: b.id,
          type: 'KILLED',
          evidence: { doc: doc.id, text: sent.text, start: sent.start, end: sent.end },
          confidence: 0.5,
        });
      }
    }
  }
  const meta: DocExtraction['doc'] = { id: doc.id, hash: doc.hash };
  for (const k of ['title', 'date', 'url', 'source'] as const) if (doc[k]) meta[k] = doc[k];
  return { doc: meta, entities: [...entities.values()], relations, words: countWords(doc.text) };
}
