import type { Known } from '../../lexicon.js';
import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import { groupOfCountry } from '../country-group.js';
import { emitTree, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/** Most words of a place name read at the start of an organisation's name ("New York State"). */
const MAX_WORDS = 3;

/**
 * The place a group's name opens with, by the gazetteers: "Chinese" in "the
 * Chinese Government" (China), "Texas" in "Texas Department of Agriculture".
 * The longest opening of up to MAX_WORDS words that names a country, a
 * region or a demonym, a place's name only before a group noun
 * (data/lexicon.json, orgNouns); a town or an unknown word is no place.
 */
function placeOpening(c: RuleContext, t: TreeSentence, m: Mention): Known | undefined {
  const words = t.sc.tokens.slice(m.s, m.e).map((k) => k.lower);
  const orgNouns = c.lex.set('orgNouns');
  for (let n = Math.min(MAX_WORDS, words.length - 1); n >= 1; n--) {
    const k = c.lex.known.get(words.slice(0, n).join(' '));
    if (k?.type !== 'Location' || !(k.country || k.region || k.demonym)) continue;
    // A demonym opens a group's name ("Chinese Government"); a place's own name only when a
    // group noun follows it ("Texas Department"), not a name ("Jordan Peck Holdings").
    return k.demonym || orgNouns.has(words[n] ?? '') ? k : undefined;
  }
  return undefined;
}

/**
 * "the Chinese Government ... in China", "the Texas Department of
 * Agriculture ... Texas": a group whose name opens with a country, a region
 * or its demonym is of that place when the sentence names the place too. A
 * country's state body (data/relation-words.json, stateNouns) is a member of
 * it, as with "China's government" (possessive); any other group is based
 * there. Only the gazetteers'
 * countries, regions and demonyms count, so "Jackson Hewitt" is no
 * place's.
 */
export const placeInName: TreeRule = {
  name: 'place-in-name',
  run(c: RuleContext, t: TreeSentence): void {
    const places = t.sc.mentions.filter((m) => typeOf(c, m) === 'Location' && !m.demonym);
    if (!places.length) return;
    for (const org of t.sc.mentions) {
      if (typeOf(c, org) !== 'Organization' || org.e - org.s < 2) continue;
      const known = placeOpening(c, t, org);
      if (!known) continue;
      const name = known.name.toLowerCase();
      const place = places.find(
        (p) =>
          p.entity !== undefined &&
          (c.clusters[p.entity]?.name.toLowerCase() === name || p.name.toLowerCase() === name),
      );
      if (!place) continue;
      // A country's state body is a member of it ("the Chinese Government"); a firm, a paper or
      // an association is only based there ("American Motors Corp", "China Daily").
      const rel = known.country ? groupOfCountry(c.cues, t.sc.tokens, org) : 'BASED_IN';
      const head = t.mentionOf.indexOf(org);
      emitTree(c, t, this.name, rel, org, place, head, CONFIDENCE.modifier);
    }
  },
};
