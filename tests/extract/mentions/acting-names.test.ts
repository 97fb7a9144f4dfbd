import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { keepActingNames } from '../../../src/extract/mentions/acting-names.js';
import { run } from '../helpers.js';

/**
 * Whether the name written `name` in `text` is still doubted after the rule,
 * when the entity tagger had doubted it (as a tagger that never saw the name does).
 */
function doubtedAfter(text: string, name: string): boolean | undefined {
  const lex = loadLexicon();
  for (const sc of readMentions(text)) {
    const m = sc.mentions.find((x) => x.text === name);
    if (!m) continue;
    m.doubtful = true;
    keepActingNames(sc, lex);
    return m.doubtful === true;
  }
  return undefined;
}

describe('a lone name that acts', () => {
  it('is kept when the tree makes it the subject of a verb or a predicate', () => {
    expect(doubtedAfter('Kessendorf shot him in the hallway on June 5.', 'Kessendorf')).toBe(false);
    expect(doubtedAfter('When Varnuk won the vote, the city cheered.', 'Varnuk')).toBe(false);
    expect(doubtedAfter('"We will stay," said Tolbrek.', 'Tolbrek')).toBe(false);
    expect(doubtedAfter('Dranovic was sentenced to 30 years.', 'Dranovic')).toBe(false);
    expect(doubtedAfter('Then the QVRT recommends a new vote.', 'QVRT')).toBe(false);
  });

  it('stays doubted when it does not act, or is a plural, an article-led word or a piece of one', () => {
    expect(doubtedAfter('They met Kessendorf in the hallway.', 'Kessendorf')).toBe(true);
    expect(doubtedAfter('The Pretzels were stale.', 'Pretzels')).toBe(true);
    expect(doubtedAfter('The Brovkas were stale and dry.', 'Brovkas')).toBe(true);
    expect(doubtedAfter('There are UP Govt.', 'Govt')).toBe(true);
    expect(doubtedAfter('The rig Kelvor 5 was headed to shore.', 'Kelvor')).toBe(true);
  });
});

describe('institutions named by one word', () => {
  it('keeps "Army" or "Parliament" capitalised inside a sentence, acting, an organisation', () => {
    expect(
      run('Based on intelligence inputs, Army arrested a militant from Doda district.').entities,
    ).toContain('Organization:Army');
    expect(
      run('The step came after Parliament resumed deliberations last Tuesday.').entities,
    ).toContain('Organization:Parliament');
  });

  it('reads no institution in a common word at a sentence start', () => {
    expect(run('Army life was hard for him, his brother said.').entities).not.toContain(
      'Organization:Army',
    );
  });
});
