import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The texts of the names the rules find in `text`. */
function names(text: string): string[] {
  return readMentions(text).flatMap((s) => s.mentions.map((m) => m.text));
}

describe('a body named with what it is for or on', () => {
  it('joins a plural head before "for" and "of"', () => {
    const r = run('Ann Lee, who headed the Centers for Plant Health in Denver, left.');
    expect(r.entities).toContain('Organization:Centers for Plant Health');
    expect(r.entities).not.toContain('Person:Plant Health');
    expect(names('She works at the Lorania Institutes of Health.')).toContain(
      'Lorania Institutes of Health',
    );
  });

  it('joins "on" after a foundation or an institute, and "for" before a common capitalised word', () => {
    expect(names('Bob Smith, director of the Foundation on Farm Policy, spoke.')).toContain(
      'Foundation on Farm Policy',
    );
    expect(names('Tom Ray of the Oakfield Institute for Near East Studies said so.')).toContain(
      'Oakfield Institute for Near East Studies',
    );
  });

  it('keeps the "of" of what a body is for, and the body\'s demonym', () => {
    expect(
      names('He is president of the Lorimer Foundation for the Advancement of Reading.'),
    ).toContain('Lorimer Foundation for the Advancement of Reading');
    const r = run('Mary Fox, a professor at the Argentine Center for Farm Studies, said so.');
    expect(r.entities).toContain('Organization:Argentine Center for Farm Studies');
  });

  it('leaves a day, and a preposition after a plain word, outside the name', () => {
    expect(names('He spoke at the Lorimer Institute on Monday.')).toContain('Lorimer Institute');
    expect(names('The bills for Reagan came due.')).not.toContain('bills for Reagan');
    expect(names('He spoke at the Lincoln Center on Broadway.')).toContain('Lincoln Center');
  });
});
