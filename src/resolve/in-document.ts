import type { EntityType, Mention } from '../extract/types.js';
import { normalizeName } from './normalize.js';
import { sameGivenName } from './spelling.js';

/** One entity of a document: the mentions that name it and what they agree on. */
export interface Cluster {
  type: EntityType;
  name: string;
  mentions: Mention[];
  titles: string[];
  /** Every mention is a demonym or a compound modifier: keep only if a relation uses it. */
  weak: boolean;
  /** The type has support beyond the default guess. */
  votes: number;
  /** Common nouns the text uses for it (from appositives and its own head word). */
  nouns: string[];
}

interface Group {
  key: string;
  words: string[];
  mentions: Mention[];
  votes: Record<EntityType, number>;
  fixed?: EntityType;
  acronym: boolean;
  parent?: Group;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de']);

function root(g: Group): Group {
  let r = g;
  while (r.parent) r = r.parent;
  return r;
}

function typeOf(g: Group): EntityType | undefined {
  if (g.fixed) return g.fixed;
  const v = g.votes;
  const best = Math.max(v.Person, v.Organization, v.Location);
  if (best <= 0) return undefined;
  if (v.Person === best) return 'Person';
  if (v.Organization === best) return 'Organization';
  return 'Location';
}

function union(into: Group, g: Group): void {
  const a = root(into);
  const b = root(g);
  if (a === b) return;
  b.parent = a;
  a.mentions.push(...b.mentions);
  for (const t of ['Person', 'Organization', 'Location'] as const) a.votes[t] += b.votes[t];
  a.fixed ??= b.fixed;
}

/**
 * Groups a document's mentions into entities: same normalised name; short
 * re-mentions of a person (Surname -> Given Surname); spelling variants of a
 * given name with the same surname; acronyms of an organisation's words;
 * shortened organisation and place names. Only this document is looked at.
 */
export function resolveInDocument(mentions: readonly Mention[]): Cluster[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of mentions) {
    const key = normalizeName(m.name);
    if (!key) continue;
    let g = byKey.get(key);
    if (!g) {
      g = {
        key,
        words: key.split(' '),
        mentions: [],
        votes: { Person: 0, Organization: 0, Location: 0 },
        acronym: Boolean(m.acronym),
      };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    for (const t of ['Person', 'Organization', 'Location'] as const) g.votes[t] += m.votes[t];
    if (m.fixed && !g.fixed) g.fixed = m.fixed;
  }
  const longFirst = [...groups].sort((a, b) => b.words.length - a.words.length);
  const persons = () =>
    longFirst.filter((g) => !g.parent && g.words.length > 1 && typeOf(g) === 'Person');

  // Spelling variants of one person: same surname, given names that transliterate alike.
  const ps = persons();
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i] as Group;
      const b = ps[j] as Group;
      if (a.parent || b.parent || a.words.length !== b.words.length) continue;
      if (a.words.slice(1).join(' ') !== b.words.slice(1).join(' ')) continue;
      if (sameGivenName(a.words[0] as string, b.words[0] as string)) {
        const [big, small] = a.mentions.length >= b.mentions.length ? [a, b] : [b, a];
        union(big, small);
      }
    }
  }
  // Short re-mentions: "Surname" or "al-Surname" of one person.
  for (const g of groups) {
    if (g.parent || g.words.length > 2 || (g.fixed && g.fixed !== 'Person')) continue;
    const t = typeOf(g);
    if (t && t !== 'Person' && g.votes[t] >= 4) continue;
    const cands = persons().filter(
      (p) =>
        p !== g &&
        p.words.length > g.words.length &&
        p.words.slice(-g.words.length).join(' ') === g.key,
    );
    if (cands.length >= 1) union(cands[0] as Group, g);
  }
  // Acronyms of an organisation named in full.
  for (const g of groups) {
    if (g.parent || !g.acronym) continue;
    const letters = g.key.replace(/s$/, '').replace(/ /g, '');
    const cand = groups.find(
      (o) =>
        !o.parent &&
        o !== g &&
        o.words.length >= 2 &&
        o.words
          .filter((w) => !ACRONYM_SKIP.has(w))
          .map((w) => w[0])
          .join('') === letters,
    );
    if (cand) union(cand, g);
  }
  // Shortened names of organisations and places: a prefix, or the first and last words.
  for (const g of [...longFirst].reverse()) {
    if (g.parent) continue;
    const t = typeOf(g);
    const weakPerson =
      t === 'Person' && Math.max(g.votes.Person, g.votes.Organization, g.votes.Location) <= 1;
    if ((t === 'Person' && !weakPerson) || g.fixed === 'Location') continue;
    const cand = longFirst.find((o) => {
      if (o === g || o.parent || o.words.length <= g.words.length) return false;
      const ot = typeOf(o);
      const weak =
        !g.fixed && Math.max(g.votes.Person, g.votes.Organization, g.votes.Location) <= 1;
      if (ot === 'Person' || (t && ot !== t && !weak)) return false;
      if (o.fixed && g.fixed && o.fixed !== g.fixed) return false;
      const prefix = g.words.every((w, k) => o.words[k] === w);
      const ends =
        g.words.length >= 2 &&
        g.words[0] === o.words[0] &&
        g.words[g.words.length - 1] === o.words[o.words.length - 1];
      return (prefix && (g.words.length >= 2 || o.words.length === 2)) || ends;
    });
    if (cand) union(cand, g);
  }
  const out: Cluster[] = [];
  for (const g of groups) {
    if (g.parent) continue;
    const type = typeOf(g);
    if (!type) continue;
    const names = g.mentions.map((m) => m.name);
    let name = names[0] as string;
    const count = new Map<string, number>();
    for (const x of names) count.set(x, (count.get(x) ?? 0) + 1);
    const curated = g.mentions.find((m) => m.fixed && m.name !== m.text)?.name;
    if (curated) name = curated;
    else
      for (const x of names) {
        const wx = x.split(/\s+/).length;
        const wn = name.split(/\s+/).length;
        if (wx > wn || (wx === wn && (count.get(x) ?? 0) > (count.get(name) ?? 0))) name = x;
      }
    const titles: string[] = [];
    for (const m of g.mentions) for (const t of m.titles) if (!titles.includes(t)) titles.push(t);
    const nouns: string[] = [];
    for (const m of g.mentions)
      for (const n of m.nouns ?? []) if (!nouns.includes(n)) nouns.push(n);
    const head = name.split(/\s+/).pop()?.toLowerCase();
    if (head && !nouns.includes(head)) nouns.push(head);
    out.push({
      nouns,
      type,
      name,
      mentions: g.mentions,
      titles,
      weak: g.mentions.every((m) => m.demonym || m.compound || m.doubtful),
      votes: g.votes[type],
    });
  }
  return out;
}
