import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const text =
  "Israeli Prime Minister Benjamin Nathan warned Syria on Friday against any attack on Israel's northern border. Officials said the Israeli move was a warning.";

describe('nationality words', () => {
  it("are no mention of their country's entity where the country is named", () => {
    const israel = run(text).x.entities.find((e) => e.name === 'Israel');
    expect(israel?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Israel']);
  });

  it('still stand for their country in a relation', () => {
    expect(run(text).relations).toContain('Benjamin Nathan LEADS Israel');
  });
});
