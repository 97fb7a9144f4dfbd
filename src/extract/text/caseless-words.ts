import type { Lexicon } from '../lexicon.js';

/**
 * Two readings the truecaser needs for wire copy written wholly in capitals
 * (agency and monitoring copy), where the dictionary alone misleads it:
 *   - a plural of a dictionary word is a common word too ("ATTACKERS",
 *     "CHECKPOINTS", "HOSTILITIES"), not an unknown word read as a name;
 *     so are the nouns of data/lexicon.json's caselessNouns, which the
 *     dictionary spells otherwise ("MACHINEGUN" for "machine gun");
 *   - a military unit's word after a name is that name's last word
 *     ("ATTACKED BELLOSO BATTALION TROOPS": the Belloso Battalion), as
 *     mixed-case copy writes it.
 */

/** Letters a plural's stem has at least: "aires" or "peres" is no plural of a word. */
const MIN_STEM = 5;

/** The singular a plural may stand for: "hostilities" -> "hostility", "attackers" -> "attacker". */
function singulars(l: string): string[] {
  if (l.endsWith('ies')) return [`${l.slice(0, -3)}y`];
  if (/(?:ss|us|is)$/.test(l) || !l.endsWith('s')) return [];
  return [l.slice(0, -1)];
}

/** Whether a word no table knows is a common word: a listed noun, or a dictionary word's plural. */
export function caselessCommon(l: string, lex: Lexicon): boolean {
  if (lex.set('caselessNouns').has(l)) return true;
  return singulars(l).some((s) => s.length >= MIN_STEM && lex.dictionary.has(s));
}

/**
 * Whether a unit word ("battalion", data/lexicon.json unitWords) closes the
 * name written just before it: that word cased as a name and known to no
 * dictionary or gazetteer ("Belloso", not "Salvadoran" or "Infantry").
 */
export function unitAfterName(prev: string, lower: string, lex: Lexicon): boolean {
  if (!lex.set('unitWords').has(lower) || !/^\p{Lu}\p{Ll}/u.test(prev)) return false;
  const p = prev.toLowerCase();
  return !lex.dictionary.has(p) && !lex.common.has(p) && !lex.known.has(p);
}
