import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a one-word name no person is introduced by', () => {
  it('is the firm a longer organisation name of the story opens with', () => {
    const r = run(
      'Dorvane Industries said talks with Boeing had resumed. Dorvane said it had nine customers. The talks ended last fall when Dorvane wanted its own jet.',
    );
    expect(r.entities).not.toContain('Person:Dorvane');
  });

  it('is a firm when its shares or earnings are spoken of', () => {
    const r = run(
      "Quellmark said it would cut costs. Quellmark shares fell 10 cents. Analysts expect Quellmark's earnings to rise.",
    );
    expect(r.entities).toContain('Organization:Quellmark');
  });

  it('stays a person when the story gives the full name', () => {
    const r = run(
      "Trade minister Rha Woong-Tae's stand was firm. Rha said the won would not rise. Rha said exports would grow, a Rha spokesman said.",
    );
    expect(r.entities).not.toContain('Organization:Rha');
  });

  it('stays a person in a sentence alone', () => {
    const r = run('Quellmark said the shares would rise.');
    expect(r.entities).not.toContain('Organization:Quellmark');
  });
});
