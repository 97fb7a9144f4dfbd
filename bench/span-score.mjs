// Span scoring shared by the entity proxies (bench/news-orgs, bench/news-sports):
// a found mention counts when its span and type equal a gold name's; a found
// mention overlapping a span marked to ignore counts neither way.

// "... Meridian Foods Corp.": a period that ends both an abbreviation and the
// sentence may be read as part of the name or not; spans are compared without it.
export const keyOf = (text, start, end) => `${start}:${text[end - 1] === '.' ? end - 1 : end}`;

/** Fresh true/false positive and negative counts for each type. */
export const newCounts = (types) =>
  Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

/**
 * Scores one story's extraction into `tally` ({ counts, misses, extras }).
 * gold: [{ start, end, type }]; ignore: [{ start, end }]; entities: extract()'s.
 */
export function scoreStory(id, text, gold, ignore, entities, tally) {
  const { counts, misses, extras } = tally;
  const want = new Map(gold.map((g) => [keyOf(text, g.start, g.end), g]));
  const found = new Map();
  for (const e of entities)
    for (const m of e.mentions)
      if (counts[e.type])
        found.set(keyOf(text, m.start, m.end), { start: m.start, end: m.end, type: e.type });
  const show = (a, b) => JSON.stringify(text.slice(a, b).replace(/\s+/g, ' '));
  for (const [k, g] of want) {
    if (found.get(k)?.type === g.type) {
      counts[g.type].tp++;
      continue;
    }
    counts[g.type].fn++;
    const over = [...found.values()]
      .filter((o) => o.start < g.end && g.start < o.end)
      .map((o) => `${o.type} ${show(o.start, o.end)}`);
    misses.push(`${id} miss ${g.type} ${show(g.start, g.end)}  found: ${over.join('; ') || '-'}`);
  }
  for (const [k, f] of found) {
    if (want.get(k)?.type === f.type) continue;
    if (ignore.some((g) => f.start < g.end && g.start < f.end)) continue;
    counts[f.type].fp++;
    extras.push(`${id} extra ${f.type} ${show(f.start, f.end)}`);
  }
}

const f3 = (v) => v.toFixed(3);

/** P, R and F1 with the gold and found counts, as one line. */
export function prf({ tp, fp, fn }) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${f3(p)}  R ${f3(r)}  F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}  (gold ${tp + fn}, found ${tp + fp})`;
}

/** Prints a line per type and one for all types together. */
export function printCounts(counts) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const [t, c] of Object.entries(counts)) {
    console.log(`${t.padEnd(13)} ${prf(c)}`);
    for (const k of ['tp', 'fp', 'fn']) sum[k] += c[k];
  }
  console.log(`${'all'.padEnd(13)} ${prf(sum)}`);
}
