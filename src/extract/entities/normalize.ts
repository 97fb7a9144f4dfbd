/** Leading words dropped before names compare: titles, roles and articles. */
const LEADING =
  /^(?:the|a|an|gen|general|lt|col|maj|capt|sgt|adm|mr|mrs|ms|dr|sen|rep|gov|president|pres|prime minister|minister|secretary|ayatollah|king|queen|prince|pope|chairman|supreme leader)\s+/;

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * The comparison form of a name: Unicode NFKD without marks, lower case,
 * possessive `'s` dropped, punctuation to spaces, leading titles and articles
 * dropped, spaces collapsed. It is the scoring rule of the gold files, and the
 * key under which nodes merge.
 */
export function normalizeName(name: string): string {
  // An ASCII name has no decompositions or marks: ICU's normalisation is skipped.
  let s = (NOT_ASCII.test(name) ? name.normalize('NFKD').replace(/\p{M}+/gu, '') : name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING, '');
  }
  return s;
}
