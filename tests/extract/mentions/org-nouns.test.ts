import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm named after the noun that says what it is', () => {
  it('types a name after "parent" or a plural firm noun an organisation', () => {
    expect(
      run('Chrysler bid for the carmaker owned by its French parent Ravault.').entities,
    ).toContain('Organization:Ravault');
    expect(
      run(
        'The clearing agencies Cedrel and Euroclear will cooperate on a new system. Cedrel is also reviewing all notes.',
      ).entities,
    ).toContain('Organization:Cedrel');
  });
});
