import { CONFIDENCE } from '../confidence.js';
import { emitTree, headOf, typeOf } from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';

/**
 * "Soviet Georgia", "West German Bonn": a country of the past (lexicon
 * historicalCountries, with the forms of historicalCountryForms) written as
 * a modifier right before a place names the union the place then lay in.
 * Only countries of the past: a present one before a place is mostly part of
 * its name or a manner of speaking ("Spanish Harlem", "Swiss Alps"), and
 * the two names must be side by side, one hung on the other (the parser
 * may hang "Georgia" on "Soviet" as part of one name).
 */
export const formerUnion: TreeRule = {
  name: 'former-union',
  run(c: RuleContext, t: TreeSentence): void {
    const past = new Set(c.lex.words.historicalCountries.map((n) => n.toLowerCase()));
    t.toks.forEach((_, i) => {
      const union = t.mentionOf[i];
      if (!union || t.mentionOf[i + 1] === union) return;
      const place = t.mentionOf[i + 1];
      if (!place || typeOf(c, union) !== 'Location' || typeOf(c, place) !== 'Location') return;
      const name = union.entity === undefined ? '' : (c.clusters[union.entity]?.name ?? '');
      if (!past.has(name.toLowerCase())) return;
      if (t.mentionOf[headOf(t, i)] !== place && headOf(t, i + 1) !== i) return;
      emitTree(c, t, this.name, 'LOCATED_IN', place, union, i, CONFIDENCE.modifier);
    });
  },
};
