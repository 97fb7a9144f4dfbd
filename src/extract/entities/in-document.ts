import type { EntityType, Mention } from '../types.js';
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

/** The groups of a document's mentions under their normalised names, in order of first mention. */
function groupByKey(mentions: readonly Mention[]): Group[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of mentions) {
    const key = normalizeName(m.name);
    if (!key) continue;
    // "LEEDS, England 1996-12-06 ... Leeds beat Arsenal": a town and the club named after it,
    // each sure of its type, are two entities of one name.
    const first = byKey.get(key);
    const apart = m.fixed && first?.fixed && first.fixed !== m.fixed ? `${key}|${m.fixed}` : key;
    let g = byKey.get(apart);
    if (!g) {
      g = {
        key,
        words: key.split(' '),
        mentions: [],
        votes: { Person: 0, Organization: 0, Location: 0 },
        fixed: undefined,
        acronym: Boolean(m.acronym),
        parent: undefined,
      };
      byKey.set(apart, g);
      groups.push(g);
    }
    g.mentions.push(m);
    g.votes.Person += m.votes.Person;
    g.votes.Organization += m.votes.Organization;
    g.votes.Location += m.votes.Location;
    if (m.fixed && !g.fixed) g.fixed = m.fixed;
  }
  return groups;
}

/** Unmerged multi-word persons, longest first. */
function persons(longFirst: readonly Group[]): Group[] {
  const out: Group[] = [];
  for (const g of longFirst)
    if (!g.parent && g.words.length > 1 && typeOf(g) === 'Person') out.push(g);
  return out;
}

/** `words` from index `from` on, joined by spaces. */
function joinFrom(words: readonly string[], from: number): string {
  return words.slice(from).join(' ');
}

/** Spelling variants of one person: same surname, given names that transliterate alike. */
function mergeSpellings(longFirst: readonly Group[]): void {
  const ps = persons(longFirst);
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i] as Group;
      const b = ps[j] as Group;
      if (a.parent || b.parent || a.words.length !== b.words.length) continue;
      if (joinFrom(a.words, 1) !== joinFrom(b.words, 1)) continue;
      if (sameGivenName(a.words[0] as string, b.words[0] as string)) {
        if (a.mentions.length >= b.mentions.length) union(a, b);
        else union(b, a);
      }
    }
  }
}

/** Short re-mentions: "Surname" or "al-Surname" of one person. */
function mergeSurnames(groups: readonly Group[], longFirst: readonly Group[]): void {
  for (const g of groups) {
    if (g.parent || g.words.length > 2 || (g.fixed && g.fixed !== 'Person')) continue;
    const t = typeOf(g);
    if (t && t !== 'Person' && g.votes[t] >= 4) continue;
    const n = g.words.length;
    for (const p of persons(longFirst)) {
      if (p !== g && p.words.length > n && joinFrom(p.words, p.words.length - n) === g.key) {
        union(p, g);
        break;
      }
    }
  }
}

/** The initials of a name's words, small words skipped. */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIP.has(w)) out += w[0];
  return out;
}

/** Acronyms of an organisation named in full. */
function mergeAcronyms(groups: readonly Group[]): void {
  for (const g of groups) {
    if (g.parent || !g.acronym) continue;
    const letters = g.key.replace(/s$/, '').replace(/ /g, '');
    for (const o of groups) {
      if (!o.parent && o !== g && o.words.length >= 2 && initials(o.words) === letters) {
        union(o, g);
        break;
      }
    }
  }
}

/** At most one vote for any type: the type is a guess. */
function weakVotes(g: Group): boolean {
  return Math.max(g.votes.Person, g.votes.Organization, g.votes.Location) <= 1;
}

/** Whether `o`, a longer name, is what the shorter `g` abbreviates. */
function shortens(g: Group, t: EntityType | undefined, o: Group): boolean {
  if (o === g || o.parent || o.words.length <= g.words.length) return false;
  const ot = typeOf(o);
  const weak = !g.fixed && weakVotes(g);
  if (ot === 'Person' || (t && ot !== t && !weak)) return false;
  if (o.fixed && g.fixed && o.fixed !== g.fixed) return false;
  let prefix = true;
  for (let k = 0; k < g.words.length && prefix; k++) prefix = o.words[k] === g.words[k];
  const ends =
    g.words.length >= 2 &&
    g.words[0] === o.words[0] &&
    g.words[g.words.length - 1] === o.words[o.words.length - 1];
  return (prefix && (g.words.length >= 2 || o.words.length === 2)) || ends;
}

/** Shortened names of organisations and places: a prefix, or the first and last words. */
function mergeShortened(longFirst: readonly Group[]): void {
  for (let i = longFirst.length - 1; i >= 0; i--) {
    const g = longFirst[i] as Group;
    if (g.parent) continue;
    const t = typeOf(g);
    if ((t === 'Person' && !weakVotes(g)) || g.fixed === 'Location') continue;
    for (const o of longFirst) {
      if (shortens(g, t, o)) {
        union(o, g);
        break;
      }
    }
  }
}

/** The name a group goes by: a curated form, else its longest and then most frequent form. */
function canonicalName(g: Group): string {
  for (const m of g.mentions) if (m.fixed && m.name !== m.text) return m.name;
  const count = new Map<string, number>();
  for (const m of g.mentions) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  let name = (g.mentions[0] as Mention).name;
  let wn = wordCount(name);
  for (const m of g.mentions) {
    const wx = wordCount(m.name);
    if (wx > wn || (wx === wn && (count.get(m.name) ?? 0) > (count.get(name) ?? 0))) {
      name = m.name;
      wn = wx;
    }
  }
  return name;
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

/** The distinct strings of a list of lists, in order. */
function distinct(lists: Iterable<readonly string[] | undefined>): string[] {
  const out: string[] = [];
  for (const list of lists) if (list) for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

function clusterOf(g: Group, type: EntityType): Cluster {
  const name = canonicalName(g);
  const nouns = distinct(g.mentions.map((m) => m.nouns));
  const head = name.split(/\s+/).pop()?.toLowerCase();
  if (head && !nouns.includes(head)) nouns.push(head);
  return {
    nouns,
    type,
    name,
    mentions: g.mentions,
    titles: distinct(g.mentions.map((m) => m.titles)),
    weak: g.mentions.every((m) => m.demonym || m.compound || m.doubtful),
    votes: g.votes[type],
  };
}

/**
 * Groups a document's mentions into entities: same normalised name; short
 * re-mentions of a person (Surname -> Given Surname); spelling variants of a
 * given name with the same surname; acronyms of an organisation's words;
 * shortened organisation and place names. Only this document is looked at.
 * Each pass is its own small function: V8 optimises and, when a rare branch
 * first runs, re-optimises them one at a time, which costs every worker far
 * less compile time than one large function would.
 */
export function resolveInDocument(mentions: readonly Mention[]): Cluster[] {
  const groups = groupByKey(mentions);
  const longFirst = [...groups].sort((a, b) => b.words.length - a.words.length);
  mergeSpellings(longFirst);
  mergeSurnames(groups, longFirst);
  mergeAcronyms(groups);
  mergeShortened(longFirst);
  const out: Cluster[] = [];
  for (const g of groups) {
    if (g.parent) continue;
    const type = typeOf(g);
    if (type) out.push(clusterOf(g, type));
  }
  return out;
}
