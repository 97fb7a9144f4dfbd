import type { Cluster } from '../entities/in-document.js';
import type { Mention, RelationType } from '../types.js';
import { CONFIDENCE } from './confidence.js';
import { caseOf, emitTree, kidsOf, nameAt } from './tree.js';
import type { CueIndex, RoleCue, RuleContext, TreeSentence } from './types.js';
import { WORDS } from './words.js';

/** Roles that lead a country rather than work for it. */
export const LEADS_COUNTRY = WORDS.leadsCountry;

/**
 * The relation a role gives towards an entity (or, with none resolved, a
 * name). A role that commands only a force (data/relation-words.json,
 * forceOnlyRoles: "chief of staff", "general") held at any other group is
 * work for it ("White House chief of staff X", "X, general of the
 * state oil firm").
 */
export function roleRelationTo(
  cues: CueIndex,
  clusters: readonly Cluster[],
  role: string,
  entity: number | undefined,
  country: boolean,
  name: string,
): RelationType | undefined {
  const r = cues.roleByPhrase.get(role);
  if (!r) return undefined;
  const cluster = entity === undefined ? undefined : clusters[entity];
  const tt = cluster?.type;
  const tname = (entity !== undefined ? cluster?.name : name)?.toLowerCase() ?? '';
  const forceLike = tname.split(/\s+/).some((w) => cues.forces.has(w));
  if (tt === 'Location' && country) {
    if (LEADS_COUNTRY.has(role)) return 'LEADS';
    if (r.rels.includes('LIVES_IN') && !r.rels.includes('LEADS')) return 'LIVES_IN';
    return 'MEMBER_OF';
  }
  if (tt === 'Location') {
    if (r.rels.includes('LIVES_IN')) return r.rels.includes('LEADS') ? 'LEADS' : 'LIVES_IN';
    return r.rels.includes('KILLED') ? undefined : 'LIVES_IN';
  }
  if (r.rels.includes('KILLED')) return tt === 'Person' ? 'KILLED' : undefined;
  if (tt === 'Person') return r.rels.includes('WORKS_FOR') ? 'WORKS_FOR' : undefined;
  if (r.rels.includes('COMMANDED') && !forceLike && WORDS.forceOnlyRoles.has(role))
    return 'WORKS_FOR';
  // "vice president of Acme", "deputy leader of the party": second in command works there.
  if (
    !forceLike &&
    WORDS.secondInCommand.has(r.words[0] ?? '') &&
    (r.rels.includes('LEADS') || r.rels.includes('COMMANDED'))
  )
    return 'WORKS_FOR';
  if (r.rels.includes('COMMANDED') && (forceLike || !r.rels.includes('LEADS'))) return 'COMMANDED';
  for (const rel of ['LEADS', 'WORKS_FOR', 'MEMBER_OF'] as const)
    if (r.rels.includes(rel)) return rel;
  return undefined;
}

/**
 * The role a noun token heads ("minister" in "foreign minister"): the longest
 * role phrase of the lexicon that ends at the token, or undefined.
 */
export function roleAtToken(cues: CueIndex, t: TreeSentence, r: number): RoleCue | undefined {
  if (t.mentionOf[r]) return undefined;
  const upos = t.toks[r]?.upos;
  if (upos !== 'NOUN' && upos !== 'PROPN' && upos !== 'ADJ') return undefined;
  for (const role of cues.rolesByHead.get(t.lower[r] ?? '') ?? [])
    if (roleEndsAt(t, role.words, r)) return role;
  return undefined;
}

/**
 * Whether the words of a role phrase end at token `r`, a hyphen between two of
 * them read as a space: the treebank splits "Vice-President" into three tokens.
 */
function roleEndsAt(t: TreeSentence, words: readonly string[], r: number): boolean {
  let k = r;
  for (let i = words.length - 1; i >= 0; i--) {
    if (t.lower[k] !== words[i]) return false;
    k--;
    if (i > 0 && t.lower[k] === '-') k--;
  }
  return true;
}

/** Prepositions that tie a role to what it is held at ("head of", "spokesman for"). */
const ROLE_PREPS = WORDS.treeRolePrepositions;

/**
 * Whether a role phrase ("ambassador", "U.S. envoy", "consul general") is a
 * post held abroad (data/relation-words.json, hostRoles), whose target after
 * "to" or "in" is the host country, not the body the holder serves.
 */
export function isHostRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++)
    if (WORDS.hostRoles.has(words.slice(i).join(' '))) return true;
  return false;
}

/** Whether the name after preposition `prep` of a role is the host of a post abroad ("ambassador to Cuba"). */
export function hostTarget(phrase: string, prep: string): boolean {
  return WORDS.hostPrepositions.has(prep) && isHostRole(phrase);
}

/**
 * What a role noun is held at: its "of Y" / "for Y" nominal, its possessor
 * ("Iran's foreign minister"), its compound or adjective ("Microsoft
 * chairman", "Iranian president"); names other than `holder`.
 */
export function roleTargets(t: TreeSentence, r: number, holder: Mention): Mention[] {
  const out: Mention[] = [];
  const add = (m: Mention | undefined) => {
    if (m && m.entity !== holder.entity && !out.includes(m)) out.push(m);
  };
  // The role's words as far back as two tokens ("consul general"), for hostTarget.
  const phrase = [t.lower[r - 2], t.lower[r - 1], t.lower[r]].filter(Boolean).join(' ');
  for (const k of kidsOf(t, r, 'nmod', 'obl')) {
    const prep = caseOf(t, k);
    if (ROLE_PREPS.has(prep) && !hostTarget(phrase, prep)) add(nameAt(t, k));
  }
  for (const k of kidsOf(t, r, 'nmod:poss', 'compound', 'amod')) add(t.mentionOf[k]);
  return out;
}

/**
 * Emits what a role word at token `r` ("head", "President") makes its holder
 * `p` towards each target name: LEADS, WORKS_FOR, MEMBER_OF as the role says.
 */
export function emitRole(
  c: RuleContext,
  t: TreeSentence,
  rule: string,
  role: RoleCue,
  p: Mention,
  targets: readonly Mention[],
  r: number,
): void {
  for (const b of targets) {
    const rel = roleRelationTo(c.cues, c.clusters, role.phrase, b.entity, !!b.country, b.name);
    if (rel) emitTree(c, t, rule, rel, p, b, r, CONFIDENCE.role);
  }
}
