#!/usr/bin/env node
// News proxy for issue 17: organisation, person and place mentions in 40
// Reuters-21578 stories, annotated by hand, scored by exact span and type.
// The stories: a seeded sample (mulberry32, seed 20261206) of the stories
// whose text (title, dateline and body as the SGML reader gives it) is 400 to
// 1,800 characters long and has a title. Wire copy from 1987: company news,
// results tables, markets, a few political and general stories; there are
// no sports results in the sample (the corpus has almost none).
// The first 25 stories are for tuning, the next 15 are held out
// (`--part held`, to be read once, at the end of a piece of work); 24 fresh
// stories, the sample's next ones, follow (`--part fresh`, halves `fresh-a`
// to read errors on and `fresh-b` to read once): bench/news-orgs/parts.mjs.
// `--upper` scores the stories in capitals, as all-capitals wire copy
// carries them.
//
// gold.json holds no article text: story ids, character offsets into the
// text the SGML reader (src/ingest/sgml.ts) makes of the story, the type, and
// a short hash of each span's text, checked at run time (a reader change
// that moves offsets stops the bench). The text is read from
// ../shared/corpora/reuters21578 when the bench runs. Reuters-21578 is for
// research use: nothing shipped derives from this annotation, and no model
// is trained on it.
//
// Annotation guideline (after CoNLL-2003, whose news test set is the kind
// of text this proxies):
// - ORG: companies with their legal form when written ("JP Industries Inc",
//   and its short re-mentions "JP Industries"), subsidiaries and units named
//   as firms ("X of America"), banks, exchanges, agencies, ministries and
//   departments ("Finance Ministry", "U.S. Treasury Department": one span
//   with the country), central banks, regulators, parliaments ("Senate"),
//   unions and federations, trade associations, newspapers, wire services
//   ("told Reuters"), parties and teams; acronyms of these ("SEC", "DTI",
//   "EC"); names in the all-capitals headline too ("JP INDUSTRIES").
// - PER: people's names without titles ("Secretary of State George
//   Shultz": "George Shultz"), surnames and given names used alone.
// - LOC: countries, states and their abbreviations ("Calif.", "N.J."),
//   towns, regions, islands, seas, streets used as places ("Wall Street
//   sources"); dateline places ("NEW YORK, April 9 -") and headline places.
// - Not annotated: demonyms and nationality words ("Brazilian", "West
//   German"), stock tickers in angle brackets (the name inside the brackets
//   is annotated, not the brackets), products and brands, laws, holidays,
//   currencies, the "Reuter" credit line, possessive endings ("Clevite's":
//   "Clevite").
// - Left out of scoring (IGNORE, neither gold nor a false positive): names
//   whose type the guideline leaves open: product names ("GTI"), crude grades,
//   a mine or deposit named like a place, "Kremlin", G-5/G-7/"Group of Seven",
//   a place inside a currency ("Luxembourg franc") or an accord ("Paris
//   accord"), "Dallas-based".
//
// Usage: node bench/news-orgs/run.mjs [--part tune|held|all|fresh|fresh-a|fresh-b] [--upper] [--errors] [--root DIR]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, root as here, shared } from '../args.mjs';
import { newCounts, printCounts, scoreStory } from '../span-score.mjs';
import { inCapitals, PART_NAMES, partOf } from './parts.mjs';

const argv = process.argv.slice(2);
const part = arg('--part', 'tune');
const showErrors = argv.includes('--errors');
const upper = argv.includes('--upper');
// --root DIR scores another build of the project (its dist/), such as main's.
const root = arg('--root', here);
const TYPE = { ORG: 'Organization', PER: 'Person', LOC: 'Location' };
const { stories: all } = JSON.parse(readFileSync(new URL('gold.json', import.meta.url), 'utf8'));
const stories = partOf(all, part);
if (!stories) {
  console.error(
    `usage: node bench/news-orgs/run.mjs [--part ${Object.keys(PART_NAMES).join('|')}] [--upper] [--errors]`,
  );
  process.exit(1);
}
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const { extract } = await import(join(root, 'dist/extract/extract.js'));
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 8);
const want = new Set(stories.map((s) => s.id));
const files = [...new Set(stories.map((s) => s.file))].map((f) =>
  join(shared, 'corpora/reuters21578', f),
);
const docs = new Map();
for await (const it of readDocuments(files))
  if (it.kind === 'doc' && want.has(it.doc.id)) docs.set(it.doc.id, it.doc);

const tally = { counts: newCounts(Object.values(TYPE)), misses: [], extras: [] };
for (const s of stories) {
  const doc = docs.get(s.id);
  if (!doc) throw new Error(`${s.id}: not in ${s.file}`);
  if (hash(doc.text) !== s.textHash)
    throw new Error(`${s.id}: the reader's text changed; the gold offsets no longer hold`);
  const gold = [];
  const ignore = [];
  for (const [start, end, type, h] of s.spans) {
    if (hash(doc.text.slice(start, end)) !== h)
      throw new Error(`${s.id}: span ${start}-${end} moved`);
    if (type === 'IGNORE') ignore.push({ start, end });
    else gold.push({ start, end, type: TYPE[type] });
  }
  const read = upper ? inCapitals(doc) : doc;
  scoreStory(s.id, read.text, gold, ignore, extract(read).entities, tally);
}
const caps = upper ? ', in capitals' : '';
console.log(`Reuters news proxy, ${PART_NAMES[part]}${caps}: ${stories.length} stories`);
printCounts(tally.counts);
if (showErrors) for (const line of [...tally.misses, ...tally.extras]) console.log(line);
