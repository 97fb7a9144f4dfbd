import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import type { SyntaxToken } from '../syntax/index.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention, RelationType } from '../types.js';
import { treePath } from './tree-path.js';
import type { CueIndex, FoundRelation } from './types.js';
import { WORDS } from './words.js';

/** Labels that join a role noun to the name it stands beside ("ICI director X", "X, a director of"). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['compound', 'nmod:desc', 'appos', 'flat', 'amod']);
/** Labels of a role's modifiers that say which part of the group it heads. */
const MODIFIER_LINKS: ReadonlySet<string> = new Set(['amod', 'compound', 'nmod']);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Most tokens between two names whose words are read as their role phrase without the tree. */
const NEAR = 6;

/**
 * Reads how much of what it is held at a leading role leads, from the role's
 * own phrase in the tree, which the role rules do not see (they get the role
 * word alone). A LEADS edge from a person is retyped:
 *
 * - to WORKS_FOR at a group, when the role heads only a part of it ("ICI
 *   financial director X", "X, VW's director of labour relations":
 *   data/relation-words.json `departmentWords`), or is one of several
 *   (`sharedRoles`) after "a" ("X, a director of Salomon Inc") or beside a
 *   board ("Federal Reserve Board Governor X": `collegialNouns`);
 * - to MEMBER_OF at a country, when a group named between the country and
 *   the role is what the role leads ("U.S. Senate Republican leader X" leads
 *   the Senate Republicans, not the United States).
 *
 * A role word found beside the two names decides only when every leading
 * role word there says the same; with none found the edge stays.
 */
export function scopeRoles(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
  cues: CueIndex,
): FoundRelation[] {
  const byIndex = new Map(sents.map((sc) => [sc.index, sc]));
  return found.map((r) => {
    if (r.type !== 'LEADS' || r.from !== r.to) return r;
    const sc = byIndex.get(r.from);
    const target = clusters[r.target]?.type;
    if (!sc || clusters[r.source]?.type !== 'Person' || !sc.syntax.tokens.length) return r;
    if (target !== 'Organization' && target !== 'Location') return r;
    const people = sc.mentions.filter((m) => m.entity === r.source);
    const held = sc.mentions.filter((m) => m.entity === r.target);
    const rel = narrower(sc, clusters, cues, people, held, target);
    return rel ? { ...r, type: rel } : r;
  });
}

/** The narrower relation every leading role word between the names states, if any. */
function narrower(
  sc: SentenceContext,
  clusters: readonly Cluster[],
  cues: CueIndex,
  people: readonly Mention[],
  held: readonly Mention[],
  target: 'Organization' | 'Location',
): RelationType | undefined {
  const roles = new Set<number>();
  const toks = sc.syntax.tokens;
  for (const p of people) {
    const hp = spanHead(sc.syntax, p.start, p.end);
    if (hp < 0) continue;
    for (const b of held) {
      const path = treePath(sc, p, b);
      for (const k of path?.nodes.slice(1, -1) ?? []) roles.add(k);
      // Where the parser lost the phrase ("X, Acme Plc financial director, said" parsed as a
      // list): the words between two names close together and after the second up to a mark.
      const [l, r] = p.s < b.s ? [p, b] : [b, p];
      if (r.s - l.e > NEAR) continue;
      let e = r.e;
      while (e < Math.min(sc.tokens.length, r.e + NEAR) && sc.tokens[e]?.word) e++;
      const end = e > r.e ? (sc.tokens[e - 1]?.end ?? r.end) : r.start;
      toks.forEach((t, k) => {
        if (t.start >= l.end && t.end <= end && !inName(sc, t)) roles.add(k);
      });
    }
    // "ICI financial director X": the role hangs on the name (or the name on it) off the path.
    toks.forEach((t, k) => {
      if (t.head === hp && ROLE_LINKS.has(t.deprel)) roles.add(k);
    });
    const up = toks[hp];
    if (up && up.head >= 0 && ROLE_LINKS.has(up.deprel)) roles.add(up.head);
  }
  const leading = [...roles].filter((k) => leadingRole(sc, cues, k) !== undefined);
  if (!leading.length) return undefined;
  const each = leading.map((k) =>
    target === 'Organization' ? partRole(sc, cues, k) : countryRole(sc, clusters, held, k),
  );
  return each.every((x) => x !== undefined && x === each[0]) ? each[0] : undefined;
}

/** The leading role phrase (relations.json roles stating LEADS) a word heads, outside any name. */
function leadingRole(sc: SentenceContext, cues: CueIndex, k: number): string[] | undefined {
  const t = sc.syntax.tokens[k];
  if (!t || inName(sc, t)) return undefined;
  if (t.upos !== 'NOUN' && t.upos !== 'PROPN') return undefined;
  const lower = (i: number) => sc.syntax.tokens[i]?.text.toLowerCase();
  for (const role of cues.rolesByHead.get(t.text.toLowerCase()) ?? []) {
    const n = role.words.length;
    if (role.rels.includes('LEADS') && role.words.every((w, i) => lower(k - n + 1 + i) === w))
      return role.words;
  }
  return undefined;
}

/** A department word written lower case outside any name ("financial", "labour"). */
function department(sc: SentenceContext, t: SyntaxToken): boolean {
  return t.text === t.text.toLowerCase() && !inName(sc, t) && WORDS.departmentWords.has(t.text);
}

function inName(sc: SentenceContext, t: SyntaxToken): boolean {
  return sc.mentions.some((m) => t.start >= m.start && t.end <= m.end);
}

/** WORKS_FOR when the role at `k` heads a part of the group or is one of its board. */
function partRole(sc: SentenceContext, cues: CueIndex, k: number): RelationType | undefined {
  const toks = sc.syntax.tokens;
  const words = leadingRole(sc, cues, k) ?? [];
  const phrase = words.join(' ');
  const first = k - words.length + 1;
  const kids = toks.flatMap((t, i) => (t.head === k ? [i] : []));
  for (const i of kids) {
    const t = toks[i] as SyntaxToken;
    if (i >= first && i <= k) continue;
    const w = t.text.toLowerCase();
    // "financial director", "director of labour relations", "head of research"; written
    // lower case, since a capitalised one names a ministry ("Treasury Secretary").
    if (MODIFIER_LINKS.has(t.deprel) && department(sc, t)) return 'WORKS_FOR';
    if (t.deprel === 'nmod' && !inName(sc, t) && t.upos === 'NOUN')
      for (const d of toks) if (d.head === i && department(sc, d)) return 'WORKS_FOR';
    if (WORDS.sharedRoles.has(phrase) && t.deprel === 'det' && INDEFINITE.has(w))
      return 'WORKS_FOR';
  }
  // "a managing director of Merrill Lynch" with the article hung elsewhere.
  const before = toks[first - 1]?.text.toLowerCase() ?? '';
  if (WORDS.sharedRoles.has(phrase) && INDEFINITE.has(before)) return 'WORKS_FOR';
  if (WORDS.sharedRoles.has(phrase) && WORDS.collegialNouns.has(before)) return 'WORKS_FOR';
  return undefined;
}

/** MEMBER_OF when a group stands between the country and the role at `k` ("U.S. Senate leader"). */
function countryRole(
  sc: SentenceContext,
  clusters: readonly Cluster[],
  held: readonly Mention[],
  k: number,
): RelationType | undefined {
  const role = sc.syntax.tokens[k];
  if (!role) return undefined;
  const group = sc.mentions.some(
    (g) =>
      g.entity !== undefined &&
      clusters[g.entity]?.type === 'Organization' &&
      g.end <= role.start &&
      // Only the role's own words between the group and the role ("Senate Republican leader").
      sc.tokens.every((t) => t.start < g.end || t.end > role.start || t.word) &&
      held.some((c) => c.end <= g.start && sc.tokens.slice(c.e, g.s).every((t) => !t.word)),
  );
  return group ? 'MEMBER_OF' : undefined;
}
