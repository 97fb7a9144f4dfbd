import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The words the extractor takes from compromise's lexicon (its word list only;
 * no parsing). Importing compromise costs each worker thread more than half a
 * second, so `npm run build` derives them once into dist/extract/word-lists.json
 * (scripts/word-lists.mjs), which is not in git: it is compromise's data. A
 * process reads that file when it was written by this same module from the
 * installed compromise, and otherwise (running from src, a file from another
 * compromise or another version of this module) derives the words here. Both
 * ways run `deriveWords`, so the words are the same.
 */
export interface CompromiseWords {
  /** Lower-cased given names. */
  firstNames: string[];
  /** Lower-cased surnames. */
  lastNames: string[];
  /** Words compromise knows as (parts of) people's names, beyond given names and surnames. */
  personWords: string[];
  /** Common words compromise knows as non-names (verbs, adjectives, ...). */
  common: string[];
  /** Places and organisations, in the lexicon's order (the gazetteer keeps a form's first entry). */
  named: [word: string, type: 'Location' | 'Organization'][];
}

/** compromise's lexicon: word -> tag or tags. */
export type CompromiseLexicon = Record<string, string | string[]>;

interface WordListsFile {
  /** The compromise version the words come from. */
  compromise: string;
  /** Hash of the module that derived them. */
  module: string;
  words: CompromiseWords;
}

const require = createRequire(import.meta.url);
const MODULE = new URL(import.meta.url);
/** Beside this module: dist/extract/word-lists.json once built. */
export const WORD_LISTS_FILE = new URL('./word-lists.json', import.meta.url);

/** The words: from the built file when it fits the installed compromise, else from compromise. */
export function compromiseWords(): CompromiseWords {
  return readWordLists(WORD_LISTS_FILE) ?? deriveWords(compromiseLexicon());
}

/** The one place the words are chosen: the build and the fallback both run it. */
export function deriveWords(lexicon: CompromiseLexicon): CompromiseWords {
  const out: CompromiseWords = {
    firstNames: [],
    lastNames: [],
    personWords: [],
    common: [],
    named: [],
  };
  for (const [w, t] of Object.entries(lexicon)) {
    const tags = Array.isArray(t) ? t : [t];
    const has = (x: string) => tags.includes(x);
    if (has('Person') || has('Honorific')) out.personWords.push(w);
    if (has('FirstName') || has('MaleName') || has('FemaleName')) out.firstNames.push(w);
    else if (has('LastName')) out.lastNames.push(w);
    else if (has('City') || has('Region') || has('Place') || has('Country'))
      out.named.push([w, 'Location']);
    else if (has('Organization') || has('SportsTeam')) out.named.push([w, 'Organization']);
    else if (!has('ProperNoun') && !has('Person') && !has('Demonym') && !w.includes(' '))
      out.common.push(w);
  }
  return out;
}

/** The words of a file written by `writeWordLists`, or undefined if it is absent or does not fit. */
export function readWordLists(file: URL, module: URL = MODULE): CompromiseWords | undefined {
  let data: WordListsFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as WordListsFile;
  } catch {
    return undefined; // absent or cut short: compromise gives the same words, only slower
  }
  if (data.compromise !== compromiseVersion() || data.module !== moduleHash(module))
    return undefined;
  return data.words;
}

/** Derives the words from compromise and writes them for `readWordLists` (the build runs it). */
export function writeWordLists(file: URL = WORD_LISTS_FILE): void {
  const data: WordListsFile = {
    compromise: compromiseVersion(),
    module: moduleHash(MODULE),
    words: deriveWords(compromiseLexicon()),
  };
  writeFileSync(file, JSON.stringify(data));
}

function compromiseLexicon(): CompromiseLexicon {
  const nlp = require('compromise') as { model(): { one: { lexicon: CompromiseLexicon } } };
  return nlp.model().one.lexicon;
}

/** compromise's "exports" leaves out its package.json: found above the file it resolves to. */
function compromiseVersion(): string {
  for (let dir = dirname(require.resolve('compromise')); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'compromise') return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error('the package.json of compromise was not found');
  }
}

/** A file built by another version of this module may hold other words. */
function moduleHash(module: URL): string {
  return createHash('sha256').update(readFileSync(module)).digest('hex').slice(0, 16);
}
