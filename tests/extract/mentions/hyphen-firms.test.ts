import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('two capitalised words joined by a hyphen, with no given name', () => {
  it('types "Mercedes-Benz" and "Ciba-Geigy" organisations', () => {
    expect(run('Mercedes-Benz said sales rose 5 percent.').entities).toContain(
      'Organization:Mercedes-Benz',
    );
    expect(run('Ciba-Geigy and Sandoz agreed to merge.').entities).toContain(
      'Organization:Ciba-Geigy',
    );
  });

  it('leaves a double-barrelled surname that a full name introduced a person', () => {
    const r = run(
      'Energy minister Alick Buchan-Smythe spoke on Monday. Buchan-Smythe said the talks went well.',
    );
    expect(r.entities).not.toContain('Organization:Buchan-Smythe');
  });
});
