// Writes dist/extract/word-lists.json: the words the extractor takes from
// compromise's lexicon, so worker threads need not import compromise (about
// 0.6 s each). Run by `npm run build` after tsc; see src/extract/word-lists.ts.
import { writeWordLists } from '../dist/extract/word-lists.js';

writeWordLists();
