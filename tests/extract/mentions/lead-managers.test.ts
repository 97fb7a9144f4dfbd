import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("a syndicate's role is a bank's", () => {
  it('types the lead manager an organisation, not a person', () => {
    const r = run(
      'Velmora Finance is issuing a 150 mln dlr eurobond, lead manager Morgan Harlow Ltd said. ' +
        'The other issue was lead managed by Hanzo Securities International.',
    );
    expect(r.entities).toContain('Organization:Morgan Harlow Ltd');
    expect(r.entities).toContain('Organization:Hanzo Securities International');
    expect(r.entities).not.toContain('Person:Morgan Harlow Ltd');
  });

  it("leaves a manager who is no syndicate's alone", () => {
    const r = run('His campaign manager John Smith said the vote was close.');
    expect(r.entities).toContain('Person:John Smith');
  });
});
