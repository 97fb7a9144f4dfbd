import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a company as the subject of a sentence', () => {
  it('types the short form of a firm the story names in full as an organisation', () => {
    const r = run(
      'Harbeck Motors Corp said its February output fell. Harbeck said it built 9,000 cars and Harbeck sold two plants.',
    );
    expect(r.entities).toContain('Organization:Harbeck Motors Corp');
    expect(r.entities).not.toContain('Person:Harbeck');
  });

  it('types the short form of a firm named like a person as the firm', () => {
    const r = run(
      'Harvey Quint and Co <HQC> said its merger chief was suspended. Harvey Quint said it had cooperated. Harvey Quint said it did not gain.',
    );
    expect(r.entities).not.toContain('Person:Harvey Quint');
  });

  it("does not turn a given name that opens a firm's name into the firm", () => {
    const r = run('Walter Disney Co said profit rose. Walter Krenn, its chairman, said so.');
    expect(r.entities).toContain('Person:Walter Krenn');
  });

  it('keeps a person a person when no firm of that name is in the story', () => {
    const r = run('Ann Harbeck said on Monday she would run. Harbeck is a lawyer.');
    expect(r.entities).toContain('Person:Ann Harbeck');
  });
});

describe('a town a firm is named after', () => {
  it("types the town's name a firm where the story names the firm in full", () => {
    const r = run(
      'A group holding 48 pct of Rocky Mount Undergarment Co Inc sought control. ' +
        "The group includes Rocky Mount's former president. Rocky Mount sued the group.",
    );
    const named = r.x.entities.filter((e) => e.mentions.some((m) => m.text === 'Rocky Mount'));
    expect(named.map((e) => e.type)).toEqual(['Organization']);
  });

  it('keeps the town a place after a place preposition', () => {
    const r = run(
      'Kenosha Tool Corp said it will close its plant in Kenosha next year, a spokesman said.',
    );
    expect(r.entities).toContain('Organization:Kenosha Tool Corp');
    const town = r.x.entities.find((e) => e.mentions.some((m) => m.start === 50));
    expect(town?.type).toBe('Location');
  });
});

describe('a company opener before the short form of a firm', () => {
  it('takes "First" back into "First Pennsylvania" where the story names the firm in full', () => {
    const r = run(
      'The card is offered by First Nebraska Bank N.A., a unit of First Nebraska Corp, the bank ' +
        'said. There is no grace period, but First Nebraska already offers a cheaper card.',
    );
    expect(r.x.entities.some((e) => e.mentions.some((m) => m.text === 'First Nebraska'))).toBe(
      true,
    );
    expect(r.entities).not.toContain('Location:Nebraska');
  });

  it('keeps a state a place when no firm of its name is in the story', () => {
    const r = run(
      'Banks in Pennsylvania gained, and the first Pennsylvania bank to cut rates was small.',
    );
    expect(r.entities).toContain('Location:Pennsylvania');
  });
});

describe('the short form of a firm named in full', () => {
  it('keeps a short form that opens a role ("Gilmore chairman X") as the firm', () => {
    const r = run(
      'Morrow is a unit of Gilmore Brothers Holdings, the Dallas-based insurer. Gilmore chairman Wendell Pryce said the group would raise capital.',
    );
    const short = r.x.entities.find(
      (e) => e.type === 'Organization' && e.mentions.some((m) => m.start === 73),
    );
    expect(short).toBeDefined();
  });

  it('takes "General" back from a title where the story names the firm "General X Corp"', () => {
    const r = run(
      'GENERAL VARNISH <GVX> SEES LOSS\n\nDAYTON, Ohio, March 3 - General Varnish Corp said it expects a loss. Under the plan, General Varnish will sell two plants.',
    );
    expect(r.entities).toContain('Organization:General Varnish Corp');
    expect(r.entities).not.toContain('Person:Varnish');
    const firm = r.entity('General Varnish Corp');
    // The headline's mention keeps the text as written.
    expect(firm?.mentions.map((m) => m.text)).toContain('GENERAL VARNISH');
  });

  it('leaves a general a general when no firm opens with his title and name', () => {
    const r = run(
      'General Corp said it would buy the plant. General Varnish, the army chief, said so.',
    );
    expect(r.entities).not.toContain('Organization:General Varnish');
  });
});
