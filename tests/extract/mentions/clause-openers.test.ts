import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

const names = (text: string) => readMentions(text).flatMap((s) => s.mentions.map((m) => m.text));

describe('a common word capitalised after a colon or a dash', () => {
  it('is no name: "Born" opening a clause names no one', () => {
    expect(names('Harold P. Venner (12th Governor): Born June 3, 1871, in Tarrow, Okla.')).toEqual([
      'Harold P. Venner',
      'Tarrow',
      'Okla.',
    ]);
  });

  it('is no name after a dash either', () => {
    expect(
      names("Highlights of Mary Tolland's career: 1921 _ Born May 9 in Elkport, Iowa."),
    ).toEqual(['Mary Tolland', 'Elkport', 'Iowa']);
  });

  it('keeps a name that opens the clause', () => {
    const r = run('The winners: Sandra Pelkey of Dover and Tom Ruddle of Salem.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Person:Sandra Pelkey', 'Person:Tom Ruddle']),
    );
  });

  it('keeps a known place or group that opens it', () => {
    const r = run('The venue: Denver. The sponsor: Acme Corp.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:Denver', 'Organization:Acme Corp.']),
    );
  });
});
