import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A rule that reads two names side by side is only as good as the names.
describe('side-by-side rules and doubtful names', () => {
  it('does not base a journal in a "place" the typing pass doubts', () => {
    const r = run('The results were published in the New England Journal of Medicine.');
    expect(r.relations).toEqual([]);
  });

  it('still bases an organisation in a known place read the same way', () => {
    const r = run('The results were published in the Merrivale Review of Chicago.');
    expect(r.relations).toContain('Merrivale Review BASED_IN Chicago');
  });

  it('keeps a doubted acronym that a role noun ties to a person', () => {
    const r = run('It will reopen, said Lena Ortiz, a spokeswoman for KVRN.');
    expect(r.relations).toContain('Lena Ortiz WORKS_FOR KVRN');
  });

  it('lets the pair model relate no name the typing pass doubts', () => {
    // A verb in capitals read into a name ("Wants Korea") is no group based anywhere.
    const r = run('The U.S. Wants Korea to open its rice market by next year, an envoy said.');
    expect(r.relations.filter((x) => x.includes('Wants'))).toEqual([]);
  });
});
