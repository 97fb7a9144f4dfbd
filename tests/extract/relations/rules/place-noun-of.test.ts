import { describe, expect, it } from 'vitest';
import { placeNounOf } from '../../../../src/extract/relations/rules/place-noun-of.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(placeNounOf, text);

describe('place-noun-of: "the Iraqi city of Mosul", "the Bay Ridge section of Brooklyn"', () => {
  it('puts the place after a kind-of-place noun in the place before it, and names itself', () => {
    const r = run('Troops entered the northern Iraqi city of Mosul on Monday.');
    expect(r.relations).toEqual(['Mosul LOCATED_IN Iraq']);
    expect(r.rules).toEqual(['place-noun-of']);
    expect(run('Clashes broke out in the West Bank town of Hebron.').relations).toEqual([
      'Hebron LOCATED_IN West Bank',
    ]);
    expect(run("Serbia's southern province of Kosovo is mostly Albanian.").relations).toEqual([
      'Kosovo LOCATED_IN Serbia',
    ]);
    expect(run('Mary Fisher spoke from the Louisville suburb of Okolona.').relations).toEqual([
      'Okolona LOCATED_IN Louisville',
    ]);
  });

  it('puts a name before a part-of-place noun in the place after "of"', () => {
    expect(run('Nadia Orlov rents a flat in the Bay Ridge section of Brooklyn.').relations).toEqual(
      ['Bay Ridge LOCATED_IN Brooklyn'],
    );
  });

  it('puts a bare name before a subdivision noun in the country or state after "of"', () => {
    expect(run('Rebels attacked a village in the Kivu region of Zaire.').relations).toEqual([
      'Kivu LOCATED_IN Zaire',
    ]);
    expect(run('Troops moved into the Tigray province of Ethiopia.').relations).toEqual([
      'Tigray LOCATED_IN Ethiopia',
    ]);
    // A country's demonym still holds the place after "of"; "state" stays a kind of place.
    expect(run('Rebels attacked the Ethiopian region of Tigray.').relations).toEqual([
      'Tigray LOCATED_IN Ethiopia',
    ]);
    expect(run('Troops landed in the Gulf state of Kuwait.').relations).not.toContain(
      'Persian Gulf LOCATED_IN Kuwait',
    );
  });

  it('reads nothing without a place on each side', () => {
    expect(run('He lives in the city of Boston.').relations).toEqual([]);
    expect(run('Police patrolled the Harbor Authority area of Port Veyra.').relations).toEqual([]);
  });

  it('keeps the speaker of the sentence', () => {
    expect(
      run('Lena Ortiz said the fighting reached the Syrian city of Aleppo on Monday.').marked,
    ).toEqual(['Aleppo LOCATED_IN Syria asserted happened by Lena Ortiz']);
  });
});
