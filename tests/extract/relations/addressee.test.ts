import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Who is told something ("X told Reuters") is no party to what is said, nor to the speaker.
describe('addressee: the one told keeps only what its own phrase says', () => {
  it('draws nothing between the one told and a name outside its phrase', () => {
    expect(
      run('Mining Minister Carlos Vela told Reuters in La Paz that Bolivia would export more tin.')
        .relations,
    ).not.toContain('Reuters BASED_IN La Paz');
    expect(
      run(
        'Ramos told Reuters Finance Secretary Jaime Ortega had decided not to insist on new loans.',
      ).relations,
    ).not.toContain('Jaime Ortega LEADS Reuters');
  });

  it('draws nothing across a "that" clause the parser hangs on the one told', () => {
    expect(
      run("Dealers told Reuters that Chile's copper sales were about 900 tonnes this week.")
        .relations,
    ).not.toContain('Reuters BASED_IN Chile');
  });

  it("keeps what the phrase of the one told says of it: told Brazil's Finance Minister X", () => {
    expect(
      run(
        "Trade Secretary Ann Hale told Brazil's Finance Minister Paulo Serra that the talks would go on.",
      ).relations,
    ).toContain('Paulo Serra MEMBER_OF Brazil');
    // The same country named again in what is told leaves the phrase's own relation.
    expect(
      run(
        "Trade Secretary Ann Hale told Brazil's Finance Minister Paulo Serra that Brazil's debt talks would go on.",
      ).relations,
    ).toContain('Paulo Serra MEMBER_OF Brazil');
  });

  it('makes the group one interviews with no employer of whoever speaks', () => {
    expect(
      run(
        'Agriculture Minister Hanna Lindqvist, in an interview with Reuters, said quotas would go.',
      ).relations,
    ).not.toContain('Hanna Lindqvist WORKS_FOR Reuters');
    expect(
      run('"The sale is large," said Hanna Lindqvist in a telephone interview with Reuters.')
        .relations,
    ).not.toContain('Hanna Lindqvist WORKS_FOR Reuters');
  });

  it('keeps what the speaker says of itself beside an interview', () => {
    expect(
      run('In an interview with the Financial Times, Acme spokesman Carl Borg said it would close.')
        .relations,
    ).toContain('Carl Borg WORKS_FOR Acme');
  });
});
