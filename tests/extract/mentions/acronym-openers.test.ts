import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("an acronym opens a firm's name, never a person's", () => {
  it('types "CIBC Wood Gundy" an organisation', () => {
    const r = run('CIBC Wood Gundy said the bank was cheap. Analysts at NTT Data agreed.');
    expect(r.entities).toContain('Organization:CIBC Wood Gundy');
    expect(r.entities).toContain('Organization:NTT Data');
    expect(r.entities).not.toContain('Person:CIBC Wood Gundy');
  });

  it('leaves two initials, a title after the acronym and a place alone', () => {
    const r = run(
      'JR Ewing laughed at the party. UAW President Owen Bieber spoke. US Senator Joe Biden agreed.',
    );
    expect(r.entities).not.toContain('Organization:JR Ewing');
    expect(r.entities).toContain('Person:Owen Bieber');
    expect(r.entities).toContain('Person:Joe Biden');
  });

  it('leaves a headline in capitals to the truecaser', () => {
    const r = run('CIBC WOOD GUNDY CUTS JOBS\n\nThe bank said on Monday it would cut jobs.');
    expect(r.entities).not.toContain('Person:CIBC Wood Gundy');
  });
});
