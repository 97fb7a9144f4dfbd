import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a club named by its town and a weekday', () => {
  it('keeps the weekday in the name where the club plays ("Sheffield Wednesday beat Leeds")', () => {
    const r = run('Sheffield Wednesday beat Leeds 2-1 on Saturday.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Sheffield Wednesday', 'Organization:Leeds']),
    );
    expect(r.entities).not.toContain('Location:Sheffield');
    const s = run('Leeds drew with Sheffield Wednesday in the league.');
    expect(s.entities).toContain('Organization:Sheffield Wednesday');
    const t = run('Results: Sheffield Wednesday 2 Leeds 1, Chelsea 0 Everton 0.');
    expect(t.entities).toContain('Organization:Sheffield Wednesday');
  });

  it('names the club so in the rest of the story, and leaves the dateline a place', () => {
    const r = run(
      'SHEFFIELD, England 1996-12-07\nSheffield Wednesday beat Leeds 2-1 on Saturday. Sheffield Wednesday are now third in the table.',
    );
    expect(r.entities).toContain('Organization:Sheffield Wednesday');
    expect(r.entity('Sheffield Wednesday')?.mentions).toHaveLength(2);
    expect(r.entities).toContain('Location:Sheffield');
  });

  it('leaves a town and a day apart outside a game', () => {
    const r = run('The mayor said in Sheffield Wednesday that the bridge would reopen.');
    expect(r.entities).toContain('Location:Sheffield');
    expect(r.entities).not.toContain('Organization:Sheffield Wednesday');
  });
});
