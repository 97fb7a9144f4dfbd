import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the firm a market voice speaks for', () => {
  it('types a name before a role and a person as the firm', () => {
    const r = run('"Margins will improve," Lindqvist Kane analyst Moira Tell said.');
    expect(r.entities).toContain('Organization:Lindqvist Kane');
    expect(r.entities).toContain('Person:Moira Tell');
  });

  it('types a name after "analyst with" as the firm', () => {
    const r = run('"They will wait," said Lawrence Vane, analyst with Harold Brisk.');
    expect(r.entities).toContain('Organization:Harold Brisk');
  });
});

describe('a market role that opens the sentence', () => {
  it('types the name after "Analysts at" an organisation, though the role has its capital', () => {
    const r = run('Analysts at Tarvane said the yen would weaken next year.');
    expect(r.entities).toContain('Organization:Tarvane');
    expect(r.entities).not.toContain('Person:Tarvane');
  });
});
