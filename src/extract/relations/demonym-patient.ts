import type { SentenceContext } from '../sentence-context.js';
import { tokenAt } from '../syntax/tree.js';
import type { Mention, RelationType } from '../types.js';
import type { FoundRelation } from './types.js';
import { WORDS } from './words.js';

/** Relations whose target is the one the deed is done to. */
const PATIENT_OF: ReadonlySet<RelationType> = new Set([
  'ATTACKED',
  'KILLED',
  'THREATENED',
  'WARNED',
]);

/**
 * Whether a demonym names people of a country rather than the country: a
 * plural standing alone ("Salvadorans") or one before a noun of people
 * (data/relation-words.json, peopleNouns: "the Salvadoran people").
 */
function nationality(sc: SentenceContext, m: Mention): boolean {
  if (!m.demonym) return false;
  const k = tokenAt(sc.syntax, m.start);
  const tok = sc.syntax.tokens[k];
  if (!tok) return false;
  const head = sc.syntax.tokens[tok.head];
  if (head && tok.head > k && WORDS.peopleNouns.has(head.text.toLowerCase())) return true;
  return (
    /s$/i.test(m.text) && (tok.upos === 'NOUN' || tok.upos === 'PROPN') && tok.deprel !== 'amod'
  );
}

/**
 * Drops a deed whose target the sentence names only as people of a
 * nationality: "attacks on the Salvadoran people" and "attacks against
 * Salvadorans" are done to people, not to El Salvador (both were drawn as
 * "FMLN ATTACKED El Salvador" on muc4-dev, both wrong). "Air raids on
 * Iranian cities" and "attacking Iraqi territory" still attack the country,
 * and a demonym doer stays: "a Salvadoran aircraft attacked" is the state's deed.
 */
export function dropDemonymPatients(
  sents: readonly SentenceContext[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  return found.filter((r) => {
    if (!PATIENT_OF.has(r.type)) return true;
    const sc = sents[r.from];
    if (!sc) return true;
    const named = sc.mentions.filter((m) => m.entity === r.target);
    return !named.length || !named.every((m) => nationality(sc, m));
  });
}
