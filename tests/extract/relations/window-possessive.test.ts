import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

/** The relations the token-window possessive pass found first. */
const possessive = (text: string) => {
  const r = run(text);
  const name = new Map(r.x.entities.map((e) => [e.id, e.name]));
  return r.x.relations
    .filter((x) => x.evidence.rule === 'window-possessive')
    .map((x) => `${name.get(x.source)} ${x.type} ${name.get(x.target)}`);
};

// The token-window possessive reads "X's ... Y" as a tie between X and what X owns.
describe('window-possessive', () => {
  it('ties a possessor to the name it owns', () => {
    expect(possessive("Norland's Kessa Mining Corp said output rose.")).toEqual([
      'Kessa Mining Corp BASED_IN Norland',
    ]);
  });

  it("makes a country's firm based there and its ministry a member of it", () => {
    expect(possessive("Analysts said Japan's Fujitsu Ltd would bid for the firm.")).toEqual([
      'Fujitsu Ltd BASED_IN Japan',
    ]);
    expect(possessive("Analysts said Japan's Defence Ministry would bid for the firm.")).toEqual([
      'Defence Ministry MEMBER_OF Japan',
    ]);
  });

  it('bases no body a country takes part in: its membership, quota or loan', () => {
    const all = (text: string) => run(text).relations;
    expect(all("Talks on Chile's GATT membership resumed in Geneva.")).not.toContain(
      'GATT BASED_IN Chile',
    );
    expect(all("Iraq's OPEC quota was raised last month.")).not.toContain('OPEC BASED_IN Iraq');
    // A noun of what the group is keeps it the country's.
    expect(possessive("Analysts said Japan's Fujitsu company would bid for the firm.")).toEqual([
      'Fujitsu BASED_IN Japan',
    ]);
  });

  it('ties it to no name after a preposition: what the possessed noun is about', () => {
    expect(possessive("Apex Mining Corp's offer for Delta Drilling Inc was rejected.")).toEqual([]);
    expect(possessive("Norland's talks in Kessa City with the bank were concrete.")).toEqual([]);
  });

  it("ties it to no name that only modifies a person's or group's noun, but to an owned unit", () => {
    expect(possessive("The talks were launched by Olsen's Liberal Alliance government.")).toEqual(
      [],
    );
    expect(
      possessive("Kodak secured marketing rights for three of Velmar Inc's Zentra enzymes."),
    ).toEqual([]);
    expect(possessive("Hartwell Corp's Brightline Tools unit said it would hire.")).toEqual([
      'Brightline Tools MEMBER_OF Hartwell Corp',
    ]);
  });
});
