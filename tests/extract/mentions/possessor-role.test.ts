import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a person before the role that serves them', () => {
  it('types "Reagan spokesman Marlin Fitzwater": Reagan is a person, not an organisation', () => {
    const r = run('Reagan spokesman Marlin Fitzwater said the talks would go on.');
    expect(r.entities).toContain('Person:Reagan');
    expect(r.entities).toContain('Person:Marlin Fitzwater');
    expect(r.entities).not.toContain('Organization:Reagan');
  });

  it('keeps a surname that is also a common word at the start of a sentence ("Dole aide X")', () => {
    const r = run('Dole aide Tom Synhorst said the senator was tired.');
    expect(r.entities).toContain('Person:Dole');
    expect(r.entities).toContain('Person:Tom Synhorst');
  });

  it('leaves a group or a firm before its spokesman an organisation', () => {
    expect(run('Hamas spokesman Sami Abu Zuhri said the talks failed.').entities).toContain(
      'Organization:Hamas',
    );
    expect(run('Chrysler spokesman Tom Kowaleski said sales rose.').entities).toContain(
      'Organization:Chrysler',
    );
  });
});
