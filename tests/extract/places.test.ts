import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** The place an extraction gives `name` in `text`: `country` or `country-ADMIN` for US places. */
function placeOf(text: string, name: string): string | undefined {
  const x = extract({ id: 't.txt', text, hash: 'h', date: '2021-03-10' });
  const e = x.entities.find((n) => n.name === name && n.type === 'Location');
  if (!e?.geo) return undefined;
  const admin = e.geo.country === 'US' ? admin_of(e.geo.lat, e.geo.lon) : '';
  return admin ? `US-${admin}` : e.geo.country;
}

/** US states by a rough box around the test places, enough to tell them apart here. */
function admin_of(lat: number, lon: number): string {
  const boxes: [string, number, number, number, number][] = [
    ['TX', 25.8, 36.5, -106.7, -93.5],
    ['SC', 32.0, 35.2, -83.3, -78.5],
    ['GA', 30.3, 35.0, -85.6, -80.8],
    ['AL', 30.2, 35.0, -88.5, -84.9],
    ['VA', 36.5, 39.5, -83.7, -75.2],
    ['OR', 42.0, 46.3, -124.6, -116.5],
    ['ME', 43.0, 47.5, -71.1, -66.9],
    ['MA', 41.2, 42.9, -73.5, -69.9],
    ['CA', 32.5, 42.0, -124.5, -114.1],
    ['IL', 37.0, 42.5, -91.5, -87.5],
    ['MO', 36.0, 40.6, -95.8, -89.1],
    ['FL', 24.5, 31.0, -87.6, -80.0],
    ['ID', 42.0, 49.0, -117.2, -111.0],
    ['NH', 42.7, 45.3, -72.6, -70.6],
  ];
  return boxes.find(([, a, b, c, d]) => lat >= a && lat <= b && lon >= c && lon <= d)?.[0] ?? '';
}

// Forty ambiguous place names, each in a short article written for this test.
const CASES: [string, string, string][] = [
  [
    'Protesters marched through Paris on Saturday. Police in Lyon and Marseille also reported crowds in France.',
    'Paris',
    'FR',
  ],
  ['The tornado struck Paris, Texas, late on Monday, the weather service said.', 'Paris', 'US-TX'],
  [
    'Officials in Dallas said the storm reached Paris and Sherman in Texas overnight.',
    'Paris',
    'US-TX',
  ],
  [
    'Russian troops moved toward Georgia. Tbilisi asked Armenia and Turkey for help.',
    'Georgia',
    'GE',
  ],
  [
    'Voters in Georgia and Alabama went to the polls, officials in Atlanta said.',
    'Georgia',
    'US-GA',
  ],
  [
    'Fighting broke out in Tripoli as Libyan forces clashed near Benghazi in Libya.',
    'Tripoli',
    'LY',
  ],
  ['Gunmen clashed in Tripoli, in northern Lebanon, a short drive from Beirut.', 'Tripoli', 'LB'],
  ['Ships docked at Alexandria after leaving Port Said, Egypt said.', 'Alexandria', 'EG'],
  ['The trial opened in Alexandria, Virginia, on Tuesday.', 'Alexandria', 'US-VA'],
  ['Factories in Birmingham and Manchester cut jobs, Britain said.', 'Birmingham', 'GB'],
  ['Storms hit Birmingham and Montgomery in Alabama on Friday.', 'Birmingham', 'US-AL'],
  ['Police in Portland, Ore., arrested nine protesters.', 'Portland', 'US-OR'],
  ['Fishermen in Portland and Bangor, Maine, asked for aid.', 'Portland', 'US-ME'],
  ['Researchers in Cambridge and Oxford signed the letter, Britain said.', 'Cambridge', 'GB'],
  ['Harvard researchers in Cambridge, Massachusetts, published the study.', 'Cambridge', 'US-MA'],
  ['Farmers in Valencia blocked roads, and Spain sent police.', 'Valencia', 'ES'],
  ['Riots spread from Caracas to Valencia in Venezuela.', 'Valencia', 'VE'],
  ['Protests in Santiago spread to Valparaiso on Sunday.', 'Santiago', 'CL'],
  ['Workers in Cordoba walked out, Argentina said.', 'Cordoba', 'AR'],
  ['Tourists left Cordoba and Seville as Spain closed hotels.', 'Cordoba', 'ES'],
  ['Tech firms in San Jose and Oakland, California, hired fewer workers.', 'San Jose', 'US-CA'],
  ['Costa Rica said flights from San Jose would resume.', 'San Jose', 'CR'],
  ['Officials in Victoria and Vancouver said Canada would help.', 'Victoria', 'CA'],
  ['Police in Kingston, Jamaica, made two arrests.', 'Kingston', 'JM'],
  ['Miners in Perth went on strike, Australia said.', 'Perth', 'AU'],
  ['Lawmakers in Richmond, Va., passed the bill.', 'Richmond', 'US-VA'],
  ['The governor spoke in Springfield, Illinois, on Monday.', 'Springfield', 'US-IL'],
  ['Flooding closed roads near Springfield, Mo., and Joplin.', 'Springfield', 'US-MO'],
  ['The rally in Columbia, S.C., drew a large crowd.', 'Columbia', 'US-SC'],
  ['In Hyderabad and Karachi, police in Pakistan detained dozens.', 'Hyderabad', 'PK'],
  ['Software firms in Hyderabad and Bangalore, India, expanded.', 'Hyderabad', 'IN'],
  ['A hurricane warning was issued for Naples, Fla., on Sunday.', 'Naples', 'US-FL'],
  ['Naples and Rome closed their schools, Italy said.', 'Naples', 'IT'],
  ['Police in London and Manchester made arrests, Britain said.', 'London', 'GB'],
  ['Students in Moscow, Idaho, held a vigil.', 'Moscow', 'US-ID'],
  ['Diplomats met in Moscow on Monday, Russia said.', 'Moscow', 'RU'],
  ['The game in Athens, Ga., was called off.', 'Athens', 'US-GA'],
  ['Greek protesters filled the streets of Athens.', 'Athens', 'GR'],
  ['Fighting near Damascus and Homs killed six soldiers.', 'Damascus', 'SY'],
  ['Voters in Manchester, N.H., lined up early.', 'Manchester', 'US-NH'],
];

describe('ambiguous place names settled by their article', () => {
  it('resolves at least 36 of the 40 right', () => {
    const wrong = CASES.filter(([text, name, want]) => placeOf(text, name) !== want).map(
      ([text, name, want]) => `${name} (${want}, got ${placeOf(text, name)}): ${text}`,
    );
    expect(CASES).toHaveLength(40);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(4);
  });

  it.each(CASES.slice(0, 8))('%s -> %s is %s', (text, name, want) => {
    expect(placeOf(text, name)).toBe(want);
  });
});

describe('places with no gazetteer entry, and facilities', () => {
  it('gives a facility the coordinates of its place, marked approximate', () => {
    const text = 'A rocket hit Baghdad International Airport, near Baghdad, on Friday.';
    const x = extract({ id: 't.txt', text, hash: 'h' });
    const airport = x.entities.find((e) => e.name === 'Baghdad International Airport');
    const city = x.entities.find((e) => e.name === 'Baghdad');
    expect(city?.geo).toMatchObject({ country: 'IQ', featureType: 'city', geoSource: 'towns' });
    expect(airport?.geo).toMatchObject({
      lat: city?.geo?.lat,
      lon: city?.geo?.lon,
      featureType: 'facility',
      approximate: true,
    });
  });

  it('puts Turkey on the map, though world-countries calls it Türkiye', () => {
    const x = extract({
      id: 't.txt',
      text: 'Ankara said Turkey and Greece would talk.',
      hash: 'h',
    });
    expect(x.entities.find((e) => e.name === 'Turkey')?.geo).toMatchObject({
      country: 'TR',
      featureType: 'country',
    });
  });

  it('leaves a place it does not know without coordinates', () => {
    const text = 'Rebels seized Qarvendal Ridge and the town of Zumbrakh in Iraq.';
    const x = extract({ id: 't.txt', text, hash: 'h' });
    const iraq = x.entities.find((e) => e.name === 'Iraq');
    expect(iraq?.geo).toMatchObject({ country: 'IQ', featureType: 'country' });
    for (const e of x.entities) if (e.name !== 'Iraq') expect(e.geo).toBeUndefined();
  });

  it('puts the seed article places within 25 km of the real ones', () => {
    // Reference points (city centres) for the places the seed article names.
    const real: Record<string, [number, number]> = {
      Baghdad: [33.315, 44.366],
      Kirkuk: [35.468, 44.392],
      Aleppo: [36.202, 37.134],
      Kuwait: [29.376, 47.977],
    };
    const text =
      'Militias fired rockets at Kirkuk and Aleppo. Troops flew from Kuwait to Baghdad on Tuesday.';
    const x = extract({ id: 't.txt', text, hash: 'h' });
    for (const [name, [lat, lon]] of Object.entries(real)) {
      const g = x.entities.find((e) => e.name === name)?.geo;
      expect(g, name).toBeDefined();
      expect(km(lat, lon, g?.lat ?? 0, g?.lon ?? 0), name).toBeLessThan(25);
    }
  });
});

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}
