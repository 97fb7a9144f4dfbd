import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A leading role leads what it is held at only when the phrase says it heads the whole:
// the head of one part, one of several directors or a board's governor works for the group,
// and a country before a group the role leads is the holder's country, not what he leads.
describe('the scope of a leading role', () => {
  it('reads the head of a part of a group as working for it', () => {
    const found = run('Alan Pryce, Corvex Plc financial director, said margins fell.').relations;
    expect(found).toContain('Alan Pryce WORKS_FOR Corvex Plc');
    expect(found).not.toContain('Alan Pryce LEADS Corvex Plc');
    const labour = run(
      "Dieter Lamm, Halvorsen's director of labour relations, said the talks had failed.",
    ).relations;
    expect(labour).toContain('Dieter Lamm WORKS_FOR Halvorsen');
    expect(labour).not.toContain('Dieter Lamm LEADS Halvorsen');
  });

  it('reads one of several directors as working for the group', () => {
    const found = run(
      'Nora Quist, a director of Brantley Holdings Inc, sold her shares.',
    ).relations;
    expect(found).toContain('Nora Quist WORKS_FOR Brantley Holdings Inc');
    expect(found).not.toContain('Nora Quist LEADS Brantley Holdings Inc');
  });

  it("reads a board's governor as working for it", () => {
    const found = run(
      'Celia Marsh, Federal Reserve Board governor, said rates would stay high.',
    ).relations;
    expect(found).toContain('Celia Marsh WORKS_FOR Federal Reserve Board');
    expect(found).not.toContain('Celia Marsh LEADS Federal Reserve Board');
  });

  it('keeps the role that heads the whole group as leading it', () => {
    expect(run('Alan Pryce, Corvex Plc chairman, said margins fell.').relations).toContain(
      'Alan Pryce LEADS Corvex Plc',
    );
    expect(
      run('Nora Quist, director of Brantley Holdings Inc, sold her shares.').relations,
    ).toContain('Nora Quist LEADS Brantley Holdings Inc');
  });

  it('gives a country before the group a role leads as the holder’s, not led', () => {
    const found = run(
      'U.S. Senate Republican leader Walter Brandt said Congress should act.',
    ).relations;
    expect(found).toContain('Walter Brandt MEMBER_OF United States');
    expect(found).not.toContain('Walter Brandt LEADS United States');
    expect(found).toContain('Walter Brandt LEADS Senate Republican');
  });

  it("keeps a country's own leader as leading it", () => {
    expect(run('Soviet leader Pavel Orlov said the talks failed.').relations).toContain(
      'Pavel Orlov LEADS Soviet Union',
    );
  });
});
