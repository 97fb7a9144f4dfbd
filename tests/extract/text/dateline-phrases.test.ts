import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { loadCaseModel, truecase } from '../../../src/extract/text/truecase.js';
import { run } from '../helpers.js';

const cased = (text: string) => truecase(text, { lex: loadLexicon(), model: loadCaseModel() });

describe('a dateline of several words that the gazetteer knows together', () => {
  const story =
    'BANKS SEE STEADY RATES\n\nNEW YORK, Feb 26 - Dealers said the new figures pointed to steady rates, and a new report is due next week from the banks.';

  it("keeps the place's casing though the story writes one of its words in lower case", () => {
    expect(cased(story)).toContain('New York, Feb 26 -');
  });

  it('names the whole place, not its last word', () => {
    const { entities } = run(story);
    expect(entities).toContain('Location:New York');
    expect(entities).not.toContain('Location:York');
  });

  it('still cases a word of the dateline alone by the story', () => {
    expect(
      cased(
        'FIRM SEES LOSS\n\nBOSTON, Feb 26 - The Boston firm said its new plant lost money again.',
      ),
    ).toContain('Boston, Feb 26 -');
  });
});
