import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"and" between two groups, each closed by its own head', () => {
  it('keeps "the Zarvanian Army and Revolutionary Guards Corps" two groups', () => {
    const r = run(
      'The Zarvanian Army and Revolutionary Guards Corps repulsed an attack near the ' +
        'border, the state radio said.',
    );
    expect(r.entities).toContain('Organization:Revolutionary Guards Corps');
    expect(r.entities.some((e) => e.includes('Army and Revolutionary'))).toBe(false);
  });

  it('keeps "Board and Treasury Department" apart', () => {
    const r = run('The Kelvar Reserve Board and Treasury Department met on Monday, aides said.');
    expect(r.entities.some((e) => e.includes('Board and Treasury'))).toBe(false);
  });

  it('still joins one name "and" runs through', () => {
    const r = run(
      'The U.S. Securities and Exchange Commission sued Dorvel Bank and Trust Company, ' +
        'and the National Aeronautics and Space Administration paid it.',
    );
    expect(r.entities).toContain('Organization:U.S. Securities and Exchange Commission');
    expect(r.entities).toContain('Organization:Dorvel Bank and Trust Company');
    expect(r.entities).toContain('Organization:National Aeronautics and Space Administration');
  });
});
