import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name its corporate form closes is a firm, whatever the tagger says', () => {
  it('types a headline firm that opens with a place word an Organization', () => {
    const r = run(
      'NORTH AMERICAN MEDICALS INC <NAZV> PAYOUT\n\nMIAMI, March 3 - Qtly div 10 cts vs ' +
        '10 cts prior\n    Pay April 1\n    Record March 15\n Reuter',
    );
    expect(r.entities).toContain('Organization:North American Medicals Inc');
    expect(r.entities).not.toContain('Location:North American Medicals Inc');
    expect(r.entities).toContain('Location:Miami');
  });
});
