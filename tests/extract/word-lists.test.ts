import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CompromiseLexicon,
  compromiseWords,
  deriveWords,
  readWordLists,
} from '../../src/extract/word-lists.js';

/** What `npm run build` writes (`npm test` builds before vitest runs). */
const built = new URL('../../dist/extract/', import.meta.url);
const file = new URL('word-lists.json', built);
const module = new URL('word-lists.js', built);
const hasFile = existsSync(file);
const unbuilt = hasFile ? '' : ' (skipped: no dist/extract/word-lists.json; run npm run build)';

describe('the words taken from compromise', () => {
  // Straight from the ES module, as lexicon.ts read them before the file existed.
  const direct = deriveWords(
    (nlp as unknown as { model(): { one: { lexicon: CompromiseLexicon } } }).model().one.lexicon,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'graphwire-word-lists-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('are the same from src, where no file is built beside the module', () => {
    expect(compromiseWords()).toEqual(direct);
  });

  it.skipIf(!hasFile)(`are the same from the file the build wrote${unbuilt}`, () => {
    const words = readWordLists(file, module);
    expect(words).toBeDefined();
    expect(words).toEqual(direct);
  });

  it.skipIf(!hasFile)(`are not read from a file of another compromise or module${unbuilt}`, () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { compromise: string; module: string };
    const other = (change: object) => {
      const f = pathToFileURL(join(tmp, 'word-lists.json'));
      writeFileSync(f, JSON.stringify({ ...data, ...change }));
      return readWordLists(f, module);
    };
    expect(other({})).toBeDefined();
    expect(other({ compromise: '0.0.0' })).toBeUndefined();
    expect(other({ module: 'another' })).toBeUndefined();
    expect(readWordLists(new URL('absent.json', pathToFileURL(`${tmp}/`)), module)).toBeUndefined();
  });
});
