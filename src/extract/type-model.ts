import type { Lexicon } from './lexicon.js';
import { formedFirm } from './mentions/formed-firms.js';
import { namedGroup } from './mentions/group-nouns.js';
import { groupNotPlace } from './mentions/headed-groups.js';
import { headedName } from './mentions/headed-names.js';
import { bestLabel, contextWord, loadModel } from './perceptron.js';
import type { Token } from './tokenize.js';
import type { EntityType, Mention } from './types.js';

/**
 * A learned second opinion on the type of a name, from what surrounds it:
 * the lower-case words before and after, punctuation, the shape of the name
 * and the votes of the rules. It never sees the name's own words, so it
 * learns how news writes about people, groups and places, not which names
 * are which. Weights: data/type-model.json (tools/models/train-types.mjs).
 */
export const DEFAULTS = {
  /** Lead the model needs over the runner-up to overrule the votes. */
  minMargin: 5,
  /** Lead it needs to drop a name as no entity at all. */
  dropMargin: 3,
  /** Rule votes at which a name is kept even when the model calls it no entity. */
  keepVotes: 5,
};

const ctx = contextWord;

function bin(v: number): string {
  if (v <= 0) return '0';
  if (v <= 1) return '1';
  if (v <= 3) return '3';
  if (v <= 6) return '6';
  return 'hi';
}

/** Features of a mention: context words, shape, gazetteer flags and rule votes; no name identities. */
export function typeFeatures(tokens: Token[], m: Mention, lex: Lexicon): string[] {
  const f: string[] = ['bias'];
  const len = m.e - m.s;
  f.push(`len=${Math.min(len, 4)}`);
  for (const t of ['Person', 'Organization', 'Location'] as const)
    f.push(`v${t[0]}=${bin(m.votes[t])}`);
  // The first of Person, Organization, Location with the most votes (as a stable sort gave it).
  const { Person: vp, Organization: vo, Location: vl } = m.votes;
  const top: EntityType = vp >= vo && vp >= vl ? 'Person' : vo >= vl ? 'Organization' : 'Location';
  f.push(`top=${m.votes[top] > 0 ? top : 'none'}`);
  if (m.fixed) f.push(`fixed=${m.fixed}`);
  if (m.country) f.push('country');
  if (m.region) f.push('region');
  if (m.demonym) f.push('demonym');
  if (m.town) f.push('town');
  if (m.acronym) f.push('acronym');
  if (m.compound) f.push(`compound=${m.compound}`);
  if (m.titles.length) f.push('titled');
  if (m.title) f.push(`title=${m.title}`);
  const words = tokens.slice(m.s, m.e);
  const first = words[0];
  const last = words[words.length - 1];
  if (first && lex.firstNames.has(first.lower)) f.push('firstname');
  if (last && lex.lastNames.has(last.lower)) f.push('lastname');
  if (last && lex.dictionary.has(last.lower)) f.push('last-in-dict');
  if (first && lex.dictionary.has(first.lower)) f.push('first-in-dict');
  if (words.every((w) => !w.word || w.text === w.text.toUpperCase())) f.push('allcaps');
  if (words.some((w) => w.lower === 'of')) f.push('has-of');
  if (words.some((w) => /\./.test(w.text))) f.push('has-dot');
  if (words.some((w) => /-/.test(w.text))) f.push('has-hyphen');
  const p1 = ctx(tokens[m.outer - 1]);
  const p2 = ctx(tokens[m.outer - 2]);
  const n1 = ctx(tokens[m.e]);
  const n2 = ctx(tokens[m.e + 1]);
  f.push(`p1=${p1}`, `p2=${p2}`, `p12=${p2}_${p1}`, `n1=${n1}`, `n2=${n2}`, `n12=${n1}_${n2}`);
  f.push(`p1n1=${p1}_${n1}`);
  if (m.outer === tokens.findIndex((t) => t.word)) f.push('sent-start');
  // The nearest lower-case words on each side within a few tokens (verbs, nouns of role).
  for (let k = m.outer - 1, seen = 0; k >= 0 && k >= m.outer - 4 && seen < 2; k--) {
    const c = ctx(tokens[k]);
    if (/^\p{Ll}/u.test(c)) {
      f.push(`lw=${c}`);
      seen++;
    }
  }
  for (let k = m.e, seen = 0; k < tokens.length && k < m.e + 4 && seen < 2; k++) {
    const c = ctx(tokens[k]);
    if (/^\p{Ll}/u.test(c)) {
      f.push(`rw=${c}`);
      seen++;
    }
  }
  return f;
}

/**
 * Lets the learned model overrule the rules' type where it is sure, and
 * mark names it is sure are not entities as doubtful (dropped unless a
 * relation uses them). Gazetteer types stay.
 */
export function retype(
  tokens: Token[],
  mentions: Mention[],
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  const m0 = loadModel('type-model.json');
  for (const m of mentions) {
    if (m.fixed || m.facilityOf !== undefined) continue;
    const { label, margin } = bestLabel(m0, typeFeatures(tokens, m, lex));
    const top = Math.max(m.votes.Person, m.votes.Organization, m.votes.Location);
    if (label === 'None') {
      // A name a head noun or a gazetteer types firmly is kept whatever the context says,
      // and so is one the entity tagger is sure of ("Lake Constance").
      if (
        margin >= opts.dropMargin &&
        top < opts.keepVotes &&
        !m.tagged &&
        !m.acts &&
        !namedGroup(tokens, m, lex) &&
        !formedFirm(m)
      )
        m.doubtful = true;
      continue;
    }
    if (margin < opts.minMargin) continue;
    const t = label as EntityType;
    // A company by its form ("Orbicorp", "Moody's", "X <TICK>", "analyst with X") is not made a
    // person or a place by its context.
    if (t !== 'Organization' && m.firm) continue;
    // Nor is a name a head of places or groups closes ("Dan Sai District"), nor a town written
    // with its state ("of Shirley, Mass.", stated-towns.ts).
    if (t === 'Person' && (m.statedTown || headedName(tokens, m, lex))) continue;
    // Nor a place by its context, a name an organisation's head closes (headed-groups.ts).
    if (t === 'Location' && groupNotPlace(tokens, m, lex)) continue;
    if (m.votes[t] < top || top <= 0) m.votes[t] = top + 1;
  }
}
