import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { udTokenize } from '../../src/extract/syntax/ud-tokenize.js';

const SEED = 20261205;

/** The token texts of a sentence, for readable expectations. */
const words = (text: string) => udTokenize(text).map((t) => t.text);

describe('udTokenize: treebank conventions', () => {
  it('splits possessive and contracted clitics off their word', () => {
    expect(words("Iran's nuclear chief said he didn't know.")).toEqual([
      'Iran',
      "'s",
      'nuclear',
      'chief',
      'said',
      'he',
      'did',
      "n't",
      'know',
      '.',
    ]);
    expect(words("We're sure they'll say I'm wrong, and you've heard she'd go.")).toEqual([
      'We',
      "'re",
      'sure',
      'they',
      "'ll",
      'say',
      'I',
      "'m",
      'wrong',
      ',',
      'and',
      'you',
      "'ve",
      'heard',
      'she',
      "'d",
      'go',
      '.',
    ]);
    expect(words('Don’t tell the ministry’s staff')).toEqual([
      'Do',
      'n’t',
      'tell',
      'the',
      'ministry',
      '’s',
      'staff',
    ]);
  });

  it('cuts negations as the treebank does: "ca" + "n\'t", "wo" + "n\'t", "can" + "not"', () => {
    expect(words("Rebels can't win and won't talk; the army cannot hold.")).toEqual([
      'Rebels',
      'ca',
      "n't",
      'win',
      'and',
      'wo',
      "n't",
      'talk',
      ';',
      'the',
      'army',
      'can',
      'not',
      'hold',
      '.',
    ]);
    expect(words("DON'T PANIC")).toEqual(['DO', "N'T", 'PANIC']);
  });

  it('splits informal fusions and apostrophe-less contractions of web text', () => {
    expect(words('we gonna need a bigger boat, i wanna go')).toEqual([
      'we',
      'gon',
      'na',
      'need',
      'a',
      'bigger',
      'boat',
      ',',
      'i',
      'wan',
      'na',
      'go',
    ]);
    expect(words('i dont know why im here')).toEqual([
      'i',
      'do',
      'nt',
      'know',
      'why',
      'i',
      'm',
      'here',
    ]);
    expect(words('its a shame the company lost its way')).toEqual([
      'it',
      's',
      'a',
      'shame',
      'the',
      'company',
      'lost',
      'its',
      'way',
    ]);
  });

  it("keeps a plural possessive apostrophe apart and decades whole, but not a year's possessive", () => {
    expect(words("1985's profit")).toEqual(['1985', "'s", 'profit']);
    expect(words("The workers' union in the 1980's")).toEqual([
      'The',
      'workers',
      "'",
      'union',
      'in',
      'the',
      "1980's",
    ]);
  });

  it('splits hyphenated compounds, except after a prefix that does not stand alone', () => {
    expect(words('al-Qaeda fighters began a 15-year war')).toEqual([
      'al',
      '-',
      'Qaeda',
      'fighters',
      'began',
      'a',
      '15',
      '-',
      'year',
      'war',
    ]);
    expect(words('Lashkar-e-Taiba')).toEqual(['Lashkar', '-', 'e', '-', 'Taiba']);
    expect(words('an Iran-backed, UN-run camp')).toEqual([
      'an',
      'Iran',
      '-',
      'backed',
      ',',
      'UN',
      '-',
      'run',
      'camp',
    ]);
    expect(
      words('She sent an e-mail to co-workers about the non-profit and anti-American pre-war talk'),
    ).toEqual([
      'She',
      'sent',
      'an',
      'e-mail',
      'to',
      'co-workers',
      'about',
      'the',
      'non-profit',
      'and',
      'anti-American',
      'pre-war',
      'talk',
    ]);
  });

  it('keeps abbreviations with their period inside a sentence, and gives a final period to the sentence', () => {
    expect(words('Mr. Smith of Tampa, Fla., met Gen. John M. Allen in the U.S. capital.')).toEqual([
      'Mr.',
      'Smith',
      'of',
      'Tampa',
      ',',
      'Fla.',
      ',',
      'met',
      'Gen.',
      'John',
      'M.',
      'Allen',
      'in',
      'the',
      'U.S.',
      'capital',
      '.',
    ]);
    expect(words('Shares fell at Acme Inc. and Widget Corp. on Jan. 5')).toEqual([
      'Shares',
      'fell',
      'at',
      'Acme',
      'Inc.',
      'and',
      'Widget',
      'Corp.',
      'on',
      'Jan.',
      '5',
    ]);
    expect(words('They are taking delivery in the U.S.')).toEqual([
      'They',
      'are',
      'taking',
      'delivery',
      'in',
      'the',
      'U.S',
      '.',
    ]);
    expect(words('apples, pears, etc.')).toEqual(['apples', ',', 'pears', ',', 'etc', '.']);
    expect(words('It ended at 5 p.m. on Friday')).toEqual([
      'It',
      'ended',
      'at',
      '5',
      'p.m.',
      'on',
      'Friday',
    ]);
    expect(words('a U.S.-led force')).toEqual(['a', 'U.S.', '-', 'led', 'force']);
  });

  it('keeps numbers with separators, times, dates and phone numbers whole', () => {
    expect(words('Sales rose 3.5 pct to $1,250.75 million at 10:30 on 11/28/2000')).toEqual([
      'Sales',
      'rose',
      '3.5',
      'pct',
      'to',
      '$',
      '1,250.75',
      'million',
      'at',
      '10:30',
      'on',
      '11/28/2000',
    ]);
    expect(words('Call 713-853-3989 or 853-7906 by 5pm; it costs 20%.')).toEqual([
      'Call',
      '713-853-3989',
      'or',
      '853-7906',
      'by',
      '5',
      'pm',
      ';',
      'it',
      'costs',
      '20',
      '%',
      '.',
    ]);
    expect(words('from 1990-1995, scores of 3-4')).toEqual([
      'from',
      '1990',
      '-',
      '1995',
      ',',
      'scores',
      'of',
      '3',
      '-',
      '4',
    ]);
    expect(words('the 23rd time in the 1970s')).toEqual([
      'the',
      '23rd',
      'time',
      'in',
      'the',
      '1970s',
    ]);
  });

  it('keeps URLs, e-mail addresses and file names whole, without the punctuation after them', () => {
    expect(
      words('See http://www.example.com/news/a-b.html?x=1, or write to jane.doe@example.org.'),
    ).toEqual([
      'See',
      'http://www.example.com/news/a-b.html?x=1',
      ',',
      'or',
      'write',
      'to',
      'jane.doe@example.org',
      '.',
    ]);
    expect(words('(www.example.com) sent report.xls and notes.doc')).toEqual([
      '(',
      'www.example.com',
      ')',
      'sent',
      'report.xls',
      'and',
      'notes.doc',
    ]);
  });

  it('keeps ellipses, dashes, repeated marks, paired quotes and emoticons as one token', () => {
    expect(words('Wait... what?! -- no way!!! :-) ;)')).toEqual([
      'Wait',
      '...',
      'what',
      '?!',
      '--',
      'no',
      'way',
      '!!!',
      ':-)',
      ';)',
    ]);
    expect(words('"We will fight," he said — and left…')).toEqual([
      '"',
      'We',
      'will',
      'fight',
      ',',
      '"',
      'he',
      'said',
      '—',
      'and',
      'left',
      '…',
    ]);
    expect(words("``Quoted,'' he wrote (twice).")).toEqual([
      '``',
      'Quoted',
      ',',
      "''",
      'he',
      'wrote',
      '(',
      'twice',
      ')',
      '.',
    ]);
  });

  it('keeps ampersand names whole', () => {
    expect(words('AT&T and PG&E agreed')).toEqual(['AT&T', 'and', 'PG&E', 'agreed']);
  });

  it('gives exact document offsets and whether a space follows', () => {
    const doc = 'Intro. Iran\'s "deal" fell.';
    const start = doc.indexOf('Iran');
    const tokens = udTokenize(doc.slice(start), start);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.spaceAfter])).toEqual([
      ['Iran', 7, 11, false],
      ["'s", 11, 13, true],
      ['"', 14, 15, false],
      ['deal', 15, 19, false],
      ['"', 19, 20, true],
      ['fell', 21, 25, false],
      ['.', 25, 26, false],
    ]);
    for (const t of tokens) expect(doc.slice(t.start, t.end)).toBe(t.text);
  });

  it('returns no tokens for empty or blank text', () => {
    expect(udTokenize('')).toEqual([]);
    expect(udTokenize(' \n\t\u00a0\u3000')).toEqual([]);
  });
});

describe('udTokenize on random text', () => {
  /** Random text: words, the punctuation the rules read, odd Unicode and every kind of space. */
  const randomText = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "'s",
          "n't",
          'U.S.',
          'Fla.',
          'e-mail',
          '...',
          '--',
          ':-)',
          'http://x.y/z.',
          'a@b.c',
          '1,000.5',
          '5:30',
          '$',
          '"',
          '’',
          '-',
          '.',
          'cannot',
          'gonna',
          'its',
          '\u00a0',
          '\u2028',
          '\n\n',
          '\t',
          '\ud800',
          'a\udc00b',
          '\u0301e',
        ),
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
        fc.stringMatching(/^[A-Za-z][a-z]{0,8}['.-]?$/),
      ),
      { maxLength: 60 },
    )
    .chain((parts) =>
      fc
        .array(fc.constantFrom('', ' ', '  ', '\n'), {
          minLength: parts.length,
          maxLength: parts.length,
        })
        .map((gaps) => parts.map((p, k) => p + (gaps[k] as string)).join('')),
    );

  it('tokens are in order, do not overlap, cover every non-space character once, and match the text at their offsets', () => {
    fc.assert(
      fc.property(randomText, fc.nat({ max: 100_000 }), (text, offset) => {
        const tokens = udTokenize(text, offset);
        let covered = 0;
        let prevEnd = offset;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(prevEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start - offset, t.end - offset)).toBe(t.text);
          expect(/\s/.test(t.text)).toBe(false);
          // Only whitespace lies between two tokens.
          expect(text.slice(prevEnd - offset, t.start - offset).trim()).toBe('');
          const next = text[t.end - offset];
          expect(t.spaceAfter).toBe(next !== undefined && /\s/.test(next));
          covered += t.end - t.start;
          prevEnd = t.end;
        }
        expect(text.slice(prevEnd - offset).trim()).toBe('');
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
