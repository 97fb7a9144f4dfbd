import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a plural noun of groups types the names it lists', () => {
  it('makes every airline of a list an organisation, place words and given names too', () => {
    const r = run(
      'The carriers flying the new jet are Kestrel, Pacific West, Marlow, Piedmont and Tansy, a spokesman said.',
    );
    for (const n of ['Kestrel', 'Pacific West', 'Marlow', 'Piedmont', 'Tansy'])
      expect(r.entities).toContain(`Organization:${n}`);
  });

  it('reads "such as" and "including" lists after banks and firms', () => {
    const r = run('Banks such as Harlow, Brightwater and Oakdale cut their rates on Monday.');
    for (const n of ['Harlow', 'Brightwater', 'Oakdale'])
      expect(r.entities).toContain(`Organization:${n}`);
    const f = run('Several firms, including Quellan and Abernathy, bid for the mine.');
    expect(f.entities).toContain('Organization:Quellan');
    expect(f.entities).toContain('Organization:Abernathy');
  });

  it('leaves places after a plural noun alone when no list opens', () => {
    const r = run('Banks in Germany and France raised rates, Ann Mole said.');
    expect(r.entities).toContain('Location:Germany');
    expect(r.entities).toContain('Location:France');
    expect(r.entities).toContain('Person:Ann Mole');
  });

  it('keeps a country of the gazetteer a place', () => {
    const r = run('The carriers are Kestrel and Marlow in Japan, and Tansy, the paper said.');
    expect(r.entities).toContain('Organization:Kestrel');
    expect(r.entities).toContain('Location:Japan');
  });
});

describe('a list set off by a comma right after a plural noun of groups', () => {
  it('types each listed name an organisation', () => {
    const r = run('Two Dutch companies, Velmar and Ostrin, left the camera market last year.');
    expect(r.entities).toContain('Organization:Velmar');
    expect(r.entities).toContain('Organization:Ostrin');
  });

  it('needs two names and the comma right after the noun', () => {
    const r = run('The firms lost money, Ann Cole and Tom Price said on Monday.');
    expect(r.entities).toContain('Person:Ann Cole');
    expect(r.entities).toContain('Person:Tom Price');
  });
});
