import { describe, expect, it } from 'vitest';
import { datelineBodyWord } from '../../../src/extract/mentions/dateline-body.js';
import { firstWordIndex, tokenize } from '../../../src/extract/tokenize.js';
import { run } from '../helpers.js';

function bodyWord(text: string): string | undefined {
  const tokens = tokenize(text, 0);
  const k = datelineBodyWord(tokens, firstWordIndex(tokens));
  return k < 0 ? undefined : tokens[k]?.text;
}

describe("the story's first word after a dateline", () => {
  it('is the word after the place, the date and the dash', () => {
    expect(bodyWord('NEW YORK, Feb 26 - Latest figures show a rise.')).toBe('Latest');
    expect(bodyWord('JAKARTA, March 2 - Soybean imports will rise.')).toBe('Soybean');
  });

  it('is none where no date stands before the dash', () => {
    expect(bodyWord('Ford Motor Co - the carmaker - said sales rose.')).toBeUndefined();
    expect(bodyWord('Sales rose 5 pct in March.')).toBeUndefined();
  });

  it('drops an opener the story writes in lower case, and keeps a firm named there', () => {
    const soy = run(
      'JAKARTA, March 2 - Soybean imports are forecast to rise to 500,000 tonnes, officials said. ' +
        'Indonesia buys soybean from abroad.',
    );
    expect(soy.entities).not.toContain('Person:Soybean');
    expect(soy.entities).not.toContain('Organization:Soybean');
    expect(run('WASHINGTON, March 2 - General Motors Corp said sales fell.').entities).toContain(
      'Organization:General Motors Corp',
    );
  });
});
