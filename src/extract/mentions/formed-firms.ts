import type { Mention } from '../types.js';

/**
 * "ST. LOUIS, April 9 - May Department Stores Co said": a name of three words
 * or more that its form makes a firm (a corporate suffix, a ticker) is kept
 * when the tagger or the typing model reads no name there; a month or a
 * common word that opens it is what misleads them. So is a shorter form of
 * a firm the document names in full ("Gilmore Brothers Holdings ... Gilmore
 * chairman X"): the document has said what it is.
 */
export function formedFirm(m: Mention): boolean {
  return m.firm === true && (m.e - m.s > 2 || m.echoed === true);
}
