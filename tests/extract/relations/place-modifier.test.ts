import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A place that modifies another noun of a role's phrase is that noun's place ("a Phoenix
// newspaper", "the Ontario airport"), not where the role's holder lives; a place right
// before the role noun or a noun for a person still is.
describe('a place that modifies another noun of a role phrase', () => {
  it('gives no home from the place of a newspaper or an airport', () => {
    expect(
      run('The jury convicted Tom Reed of murdering Phoenix newspaper reporter Dan Bolt in 1976.')
        .relations,
    ).not.toContain('Dan Bolt LIVES_IN Phoenix');
    expect(
      run(
        'It was torn to shreds, said Bea Marsh, public relations secretary at the Ontario airport, about 40 miles east of the city.',
      ).relations,
    ).not.toContain('Bea Marsh LIVES_IN Ontario');
    expect(run('Dallas nightclub owner Jack Rudd shot the man.').relations).not.toContain(
      'Jack Rudd LIVES_IN Dallas',
    );
  });

  it('keeps the tie a place right before the role or a person noun gives', () => {
    // A governor leads the state ("Gov." is the governor's role); a lawyer or a businessman lives there.
    expect(run('Texas Gov. Bill Clements said the budget was short.').relations).toContain(
      'Bill Clements LEADS Texas',
    );
    expect(run('Dan Bolt, a Denver lawyer, said the case was weak.').relations).toContain(
      'Dan Bolt LIVES_IN Denver',
    );
    expect(
      run('"We played cards for hours," said Atlanta businessman Neil Orr.').relations,
    ).toContain('Neil Orr LIVES_IN Atlanta');
  });
});
