import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('club names: a town with a club word', () => {
  it('types a town with a club word before or after it a club, in a sports story or not', () => {
    const r = run(
      'Leeds United were held by Blackburn Rovers. Bayern Munich striker Juergen Klinsmann scored twice, and AC Milan lost at home.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Leeds United',
        'Organization:Blackburn Rovers',
        'Organization:Bayern Munich',
        'Organization:AC Milan',
        'Person:Juergen Klinsmann',
      ]),
    );
    expect(run('Shares of Leeds United rose after the club sold a striker.').entities).toContain(
      'Organization:Leeds United',
    );
  });

  it('reads initials before a town as a club in a sports report', () => {
    expect(
      run('Feyenoord moved two points clear of PSV Eindhoven at the top of the league.').entities,
    ).toContain('Organization:PSV Eindhoven');
  });

  it('keeps a country and a town without a club word places', () => {
    const r = run('The United Kingdom and the town of Leeds signed the accord in Munich.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:United Kingdom', 'Location:Leeds', 'Location:Munich']),
    );
    expect(r.entities.some((e) => e.startsWith('Organization'))).toBe(false);
  });
});

describe('a club named by a word no list knows and its town', () => {
  it('types "Ajax Amsterdam" and "Feyenoord Rotterdam" clubs in a game\'s sentence', () => {
    const r = run('Ajax Amsterdam beat Feyenoord Rotterdam 2-1 on Sunday.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Organization:Ajax Amsterdam', 'Organization:Feyenoord Rotterdam']),
    );
  });

  it('leaves a person whose surname is a town a person', () => {
    expect(
      run(
        'SOCCER - JAPAN WIN\n\nTOKYO 1996-12-06\n\nKazuo Tanabe scored the winner in a 2-1 win over Syria.',
      ).entities,
    ).toContain('Person:Kazuo Tanabe');
    expect(
      run('Sevket Kazan, deputy leader of the party, said his party would win the elections.')
        .entities,
    ).not.toContain('Organization:Sevket Kazan');
  });
});
