import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("a people's or a faith's noun names no person", () => {
  it('"a 19-year-old Jew" is no killer: only the named man killed', () => {
    const r = run(
      'Police said Daniel Moss, a 19-year-old Jew angered by the ruling, shot and killed Walter Brenn in Vienna.',
    );
    expect(r.entities).not.toContain('Person:Jew');
    expect(r.relations).toContain('Daniel Moss KILLED Walter Brenn');
    expect(r.relations.filter((x) => x.startsWith('Jew '))).toEqual([]);
  });

  it('"a Damascus-born Christian Arab" lives nowhere: no such person', () => {
    const r = run(
      'Tomas Adler, a Damascus-born Christian Arab, was sentenced for the murder of Leon Hart.',
    );
    expect(r.entities).not.toContain('Person:Christian Arab');
    expect(r.relations.filter((x) => x.includes('LIVES_IN'))).not.toContain(
      'Christian Arab LIVES_IN Damascus',
    );
  });

  it('keeps a name with another word in it: "Christian Dior", "the Arab League"', () => {
    const r = run('Christian Dior met officials of the Arab League in Cairo on Monday.');
    expect(r.entities).toContain('Person:Christian Dior');
    expect(r.entities.some((e) => e.endsWith(':Arab League'))).toBe(true);
  });
});
