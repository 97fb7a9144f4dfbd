import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a publication named with a time word', () => {
  it('keeps "Day" in the name before "newspaper", and in the story\'s later mentions', () => {
    const r = run(
      'Lenders will swap the loans for equity, the influential Market Day newspaper said. ' +
        'Quoting a member of the steering committee, Market Day said the talks would end soon.',
    );
    expect(r.entities).toContain('Organization:Market Day');
    expect(r.entity('Market Day')?.mentions).toHaveLength(2);
    expect(r.entities).not.toContain('Person:Market');
  });

  it('leaves a day that no publication noun follows an event, no entity', () => {
    const r = run('Independence Day parades were held across Accra on Tuesday.');
    expect(r.entities).not.toContain('Organization:Independence Day');
    expect(r.entities).toContain('Location:Accra');
  });
});
