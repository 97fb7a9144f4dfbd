import { describe, expect, it } from 'vitest';
import { inPlaceIn } from '../../../../src/extract/relations/rules/in-place-in.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(inPlaceIn, text);

describe('in-place-in: "X in Town in Region" puts X in the region as well', () => {
  it('bases a group in the wider place its town lies in, and names itself', () => {
    const r = run(
      'A nurse who worked at Saint Agnes Hospital in Tarrow in northern Wales said the ward was closed.',
    );
    expect(r.relations).toEqual(['Saint Agnes Hospital BASED_IN Wales']);
    expect(r.rules).toEqual(['in-place-in']);
  });

  it('reads the wider place where the parser hangs it above the name, right after the town', () => {
    expect(
      run('Her son said she was a patient at Saint Agnes Hospital in Tarrow in northeast Wales.')
        .relations,
    ).toEqual(['Saint Agnes Hospital BASED_IN Wales']);
    expect(
      run('He worked at Saint Agnes Hospital in Tarrow in northern Wales for years.').relations,
    ).toEqual(['Saint Agnes Hospital BASED_IN Wales']);
  });

  it('keeps where the group stands when what it or someone there did is denied or reported', () => {
    expect(
      run(
        'A nurse who never worked at Saint Agnes Hospital in Tarrow in northern Wales said the ward was closed.',
      ).marked,
    ).toEqual(['Saint Agnes Hospital BASED_IN Wales asserted happened']);
    expect(
      run(
        'Officials said a nurse who worked at Saint Agnes Hospital in Tarrow in northern Wales had left.',
      ).relations,
    ).toEqual(['Saint Agnes Hospital BASED_IN Wales']);
  });

  it('reads no second step that is a time or a part named after "of"', () => {
    expect(
      run('A nurse who worked at Saint Agnes Hospital in Tarrow in 1990 said the ward was closed.')
        .relations,
    ).toEqual([]);
    expect(
      run(
        'A nurse who worked at Saint Agnes Hospital in the Kelso district of Tarrow said the ward was closed.',
      ).relations,
    ).toEqual([]);
  });

  it('places no person, and nothing the first name does not hang on', () => {
    expect(run('A man from Tarrow in northern Wales said the ward was closed.').relations).toEqual(
      [],
    );
    expect(run('He flew to Kelso from Tarrow in northern Wales.').relations).toEqual([]);
  });
});
