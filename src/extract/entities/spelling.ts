/**
 * The consonant skeleton of a transliterated word: lower case, vowels after
 * the first letter dropped, doubled letters collapsed, q read as k and
 * ou/w as u. Qassem and Qassim share `ksm`; Mark and Mike do not.
 */
export function skeleton(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/[^a-z]/g, '');
  if (!w) return '';
  const head = w[0] as string;
  const rest = w.slice(1).replace(/[aeiouyw]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

/** Edit distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Whether two given names are spellings of one name (Qassem / Qassim):
 * same consonant skeleton and at most two edits apart, both at least four
 * letters long. Different names that share a first name are kept apart by
 * the caller comparing surnames first.
 */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  return skeleton(x) === skeleton(y) && editDistance(x, y, 2) <= 2;
}
