import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm of three words or more by its form is kept where models read no name', () => {
  it('keeps the firm that opens the story after its dateline', () => {
    const ford = run(
      'CAR MAKER LIFTS PLANS\n\nDETROIT, June 5 - Ford Motor Co said it will build more ' +
        'trucks in the third quarter.',
    );
    expect(ford.entities).toContain('Organization:Ford Motor Co');
    const apple = run(
      'NEW PRODUCTS OFFERED\n\nSAN JOSE, June 5 - Apple Computer Inc and Zentrix Labs Inc said ' +
        'they will sell new disk drives.',
    );
    expect(apple.entities).toContain('Organization:Apple Computer Inc');
    const tandem = run(
      'RETAIL DEAL SET\n\nCUPERTINO, Calif., June 5 - Tandem Computers Inc said a store chain ' +
        'will use its machines.',
    );
    expect(tandem.entities).toContain('Organization:Tandem Computers Inc');
  });

  it('keeps no common words as a firm', () => {
    const r = run('Sales of motor cars rose 12 pct in March, the industry group said on Monday.');
    expect(r.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });
});
