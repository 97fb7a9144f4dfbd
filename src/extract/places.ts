import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NODE_COUNTRY_NAMES } from './lexicon.js';
import type { DocEntity, DocRelation, FeatureType, Geo, GeoSource } from './types.js';

/**
 * The place pass: coordinates for the Location entities of one document,
 * from the gazetteers the extractor already uses (countries, US states, the
 * towns of GeoNames), carried with their coordinates in data/places.tsv
 * (see tools/gazetteer/build-places.mjs).
 *
 * A name that several places share ("Paris", "Georgia", "Tripoli") is
 * settled by the document: a qualifier written with it ("Paris, Texas"), a
 * LOCATED_IN relation, the other places the article names (their countries,
 * US states and neighbours), its dateline (the first place it names), and
 * last the size of the place. A facility ("Baghdad International Airport")
 * takes the coordinates of its place, marked approximate. A name no
 * gazetteer holds gets no coordinates: never a guess.
 */

export interface PlaceOptions {
  /** Score weights; see WEIGHTS. */
  weights?: Partial<typeof WEIGHTS>;
}

/** What each piece of context is worth; the base score is log10 of the population. */
export const WEIGHTS = {
  /** A qualifier written with the name ("Palm Beach, Fla."). */
  qualifier: 10,
  /** A LOCATED_IN relation to a place the candidate lies in (or contains). */
  locatedIn: 5,
  /** Another place of the article lies in the candidate's US state. */
  sameState: 3,
  /** Another place of the article lies in the candidate's country. */
  sameCountry: 1.5,
  /** The article's first place (its dateline) is in the candidate's country. */
  dateline: 2,
  /** Another place of the article lies in a country bordering the candidate's. */
  neighbour: 0.75,
  /** A country over a region or town of the same name, other things equal. */
  countryPrior: 0.5,
};

export const DEFAULTS: Required<PlaceOptions> = { weights: WEIGHTS };

export interface Place {
  name: string;
  kind: 'country' | 'state' | 'city';
  lat: number;
  lon: number;
  country: string;
  admin: string;
  population: number;
}

export interface Gazetteer {
  byName: Map<string, Place[]>;
  /** ISO code -> codes of the countries bordering it. */
  borders: Map<string, Set<string>>;
  /** ISO codes of the sovereign countries (world-countries' independent). */
  independent: Set<string>;
  /** State abbreviations and postal codes ("fla.", "fl") -> postal code. */
  stateCodes: Map<string, string>;
}

const FACILITY =
  /\b(?:airport|air base|airbase|embassy|consulate|palace|port|harbou?r|stadium|university|base|camp|refinery|prison|hospital|square|bridge|dam)\b/i;

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * A name as the gazetteer keys it. ASCII has no decompositions, marks, "ß"
 * or "’": only case and spaces to fold, without ICU.
 */
export const fold = (s: string) =>
  !NOT_ASCII.test(s)
    ? s.toLowerCase().trim()
    : s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/[’]/g, "'")
        .toLowerCase()
        .trim();

let cached: Gazetteer | undefined;

/** data/places.tsv, world-countries' borders and the US state forms, loaded once per process. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const data = (f: string) => new URL(`../../data/${f}`, import.meta.url);
  const byName = new Map<string, Place[]>();
  for (const line of readFileSync(data('places.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, kind, lat, lon, country, admin, population] = line.split('\t');
    if (!name) continue;
    const place: Place = {
      name,
      kind: kind as Place['kind'],
      lat: Number(lat),
      lon: Number(lon),
      country: country ?? '',
      admin: admin ?? '',
      population: Number(population) || 0,
    };
    const list = byName.get(name);
    if (list) list.push(place);
    else byName.set(name, [place]);
  }
  // "Turkey": a country the graph names otherwise than world-countries (and places.tsv) does.
  for (const [listed, node] of Object.entries(NODE_COUNTRY_NAMES)) {
    const rows = byName.get(fold(listed))?.filter((p) => p.kind === 'country');
    if (rows?.length) byName.set(fold(node), [...(byName.get(fold(node)) ?? []), ...rows]);
  }
  const borders = new Map<string, Set<string>>();
  const world = createRequire(import.meta.url)('world-countries/countries.json') as {
    cca2: string;
    cca3: string;
    borders: string[];
    independent: boolean | null;
  }[];
  const independent = new Set(world.filter((c) => c.independent === true).map((c) => c.cca2));
  const cca2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  for (const c of world)
    borders.set(c.cca2, new Set(c.borders.map((b) => cca2.get(b) ?? '').filter(Boolean)));
  const stateCodes = new Map<string, string>();
  const states = JSON.parse(readFileSync(data('us-states.json'), 'utf8')) as {
    states: [string, string, string][];
  };
  for (const [name, ap, code] of states.states) {
    stateCodes.set(fold(name), code);
    stateCodes.set(fold(ap), code);
    stateCodes.set(fold(code), code);
  }
  cached = { byName, borders, independent, stateCodes };
  return cached;
}

const SOURCE: Record<Place['kind'], GeoSource> = {
  country: 'countries',
  state: 'us-states',
  city: 'towns',
};
const FEATURE: Record<Place['kind'], FeatureType> = {
  country: 'country',
  state: 'region',
  city: 'city',
};

function geoOf(p: Place, approximate = false): Geo {
  const g: Geo = {
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    featureType: approximate ? 'facility' : FEATURE[p.kind],
    geoSource: SOURCE[p.kind],
  };
  if (approximate) g.approximate = true;
  return g;
}

/** "Palm Beach, Fla." -> the name and the qualifier, a US state code or a country's places. */
function split(form: string): { name: string; qualifier?: string } {
  const m = /^(.+?),\s*(.+)$/.exec(form);
  return m ? { name: fold(m[1] as string), qualifier: fold(m[2] as string) } : { name: fold(form) };
}

/**
 * Coordinates for the document's Location entities, by entity id. Pure: the
 * entities are not changed (extract.ts copies the result onto them).
 */
export function placeEntities(
  entities: readonly DocEntity[],
  relations: readonly DocRelation[],
  options?: PlaceOptions,
): Map<string, Geo> {
  const out = new Map<string, Geo>();
  const places = entities.filter((e) => e.type === 'Location');
  if (!places.length) return out;
  const w = { ...WEIGHTS, ...options?.weights };
  const gaz = loadGazetteer();
  const candidates = new Map<string, { list: Place[]; qualifiers: string[] }>();
  for (const e of places) {
    const list: Place[] = [];
    // "Washington" names dozens of towns: a set keeps the list free of repeats in linear time.
    const listed = new Set<Place>();
    const qualifiers: string[] = [];
    for (const form of [e.name, ...e.aliases]) {
      const { name, qualifier } = split(form);
      for (const p of gaz.byName.get(name) ?? [])
        if (!listed.has(p)) {
          listed.add(p);
          list.push(p);
        }
      if (qualifier) qualifiers.push(qualifier);
    }
    if (list.length) candidates.set(e.id, { list, qualifiers });
  }
  // The first place the document names stands for its dateline.
  const first = [...places].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )[0];
  const located = relations.filter((r) => r.type === 'LOCATED_IN');
  const chosen = new Map<string, Place>();
  // Settle the unambiguous first; they are the context of the rest.
  for (const [id, c] of candidates) if (c.list.length === 1) chosen.set(id, c.list[0] as Place);
  for (let round = 0; round < 2; round++) {
    const countries = new Map<string, number>();
    const states = new Map<string, number>();
    for (const [, p] of chosen) {
      countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
      if (p.admin) states.set(p.admin, (states.get(p.admin) ?? 0) + 1);
    }
    const datelineCountry = first ? chosen.get(first.id)?.country : undefined;
    for (const [id, c] of candidates) {
      if (c.list.length === 1) continue;
      let best: Place | undefined;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const p of c.list) {
        const own = chosen.get(id) === p ? 1 : 0; // do not count the candidate as its own context
        let score = Math.log10(p.population + 10);
        if (p.kind === 'country') score += w.countryPrior;
        for (const q of c.qualifiers) {
          const code = gaz.stateCodes.get(q);
          if (
            (code && p.admin === code) ||
            gaz.byName.get(q)?.some((x) => x.kind === 'country' && x.country === p.country)
          )
            score += w.qualifier;
        }
        for (const r of located) {
          const other = r.source === id ? r.target : r.target === id ? r.source : undefined;
          const o = other ? chosen.get(other) : undefined;
          if (!o) continue;
          const inside = r.source === id; // this place LOCATED_IN the other
          const fits = inside ? contains(o, p) : contains(p, o);
          if (fits) score += w.locatedIn;
        }
        if (p.admin && (states.get(p.admin) ?? 0) - (own && p.admin ? 1 : 0) > 0)
          score += w.sameState;
        if ((countries.get(p.country) ?? 0) - own > 0) score += w.sameCountry;
        else if (bordersAny(gaz.borders.get(p.country), countries)) score += w.neighbour;
        if (first && first.id !== id && datelineCountry === p.country) score += w.dateline;
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
      if (best) chosen.set(id, best);
    }
  }
  for (const [id, p] of chosen) out.set(id, geoOf(p));
  // Facilities: the coordinates of the place they are in, approximate.
  for (const e of places) {
    if (out.has(e.id) || !FACILITY.test(e.name)) continue;
    let at: Geo | undefined;
    for (const r of located) if (r.source === e.id) at ??= out.get(r.target);
    if (!at) {
      const words = fold(e.name).split(/\s+/);
      for (let n = words.length - 1; n > 0 && !at; n--) {
        const head = words.slice(0, n).join(' ').replace(/'s$/, '');
        const entity = places.find((x) => fold(x.name) === head && out.has(x.id));
        const only = gaz.byName.get(head);
        if (entity) at = out.get(entity.id);
        else if (only?.length === 1) at = geoOf(only[0] as Place);
      }
    }
    if (at && at.featureType !== 'facility')
      out.set(e.id, { ...at, featureType: 'facility', approximate: true });
  }
  return out;
}

/** Whether a country of `borders` is among `countries` (no list built: a town's name may have hundreds of candidates). */
function bordersAny(
  borders: ReadonlySet<string> | undefined,
  countries: Map<string, number>,
): boolean {
  if (borders) for (const b of borders) if (countries.has(b)) return true;
  return false;
}

/** Whether place `outer` contains `inner`: a country its towns and states, a state its towns. */
/** Towns of a name this populous are known well enough to say where they are not. */
const KNOWN_TOWN = 100_000;

/**
 * Whether the town `town` names is known (a place of that name with at least
 * KNOWN_TOWN people) and none of that name lies in the country `region`
 * names: "San Francisco" is in no Chinese town. Only a country is read, not
 * a state or province, since the gazetteer lacks many small towns named
 * after big ones ("Liverpool, N.Y."), nor a country that names a state too
 * ("Savannah, Georgia"); "Salida" is not known enough to tell.
 */
export function knownOutside(town: string, region: string): boolean {
  const gaz = loadGazetteer();
  const towns = (gaz.byName.get(fold(town)) ?? []).filter((p) => p.kind === 'city');
  const regions = gaz.byName.get(fold(region)) ?? [];
  // "Georgia" names a state too.
  if (gaz.stateCodes.has(fold(region)) || regions.some((p) => p.kind === 'state')) return false;
  const countries = new Set(regions.filter((p) => p.kind === 'country').map((p) => p.country));
  if (!countries.size || !towns.some((p) => p.population >= KNOWN_TOWN)) return false;
  return !towns.some((t) => countries.has(t.country));
}

/** Whether a gazetteer row is a region no other region holds: a US state or a sovereign country. */
function topRegion(gaz: Gazetteer, p: Place): boolean {
  return p.kind === 'state' || (p.kind === 'country' && gaz.independent.has(p.country));
}

/**
 * Whether `inner` and `outer` both name only regions no other holds (US
 * states, sovereign countries) and none of the places `inner` may be lies
 * in one `outer` may be: "Ohio" is in no "Iowa", "Chile" in no "Peru". A state is in its country ("Georgia" names one of each),
 * a dependency may lie in a country ("Puerto Rico", "Hong Kong"), and a
 * country of the past the gazetteer lacks ("Yugoslavia", "Soviet Union")
 * may hold one of today's: each of these keeps what the rules found.
 */
export function knownApart(inner: string, outer: string): boolean {
  const gaz = loadGazetteer();
  const a = gaz.byName.get(fold(inner)) ?? [];
  const b = gaz.byName.get(fold(outer)) ?? [];
  if (!a.length || !b.length) return false;
  if (!a.every((p) => topRegion(gaz, p)) || !b.every((p) => topRegion(gaz, p))) return false;
  return !a.some((p) => b.some((q) => contains(q, p)));
}

/**
 * Whether `inner` lies in `outer`: a town or state in its country, a town in
 * its US state (places.tsv gives only US towns an admin code; the country
 * is checked too, so that a gazetteer with other countries' codes stays right).
 */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.kind === 'country') return inner.kind !== 'country' && inner.country === outer.country;
  if (outer.kind === 'state')
    return inner.kind === 'city' && inner.admin === outer.admin && inner.country === outer.country;
  return false;
}

/**
 * The gazetteer's readings of a place written in the forms `forms` (as
 * written, as its node names it; "Tenn." is the state): only those at least
 * a tenth as populous as the best-known place of that name, so that
 * "London" is not London, Ohio, while "Bloomington" may be any of its three
 * towns.
 */
export function readingsOf(forms: readonly string[]): Place[] {
  const gaz = loadGazetteer();
  const out: Place[] = [];
  for (const n of new Set(forms)) {
    const f = fold(n);
    const all = gaz.byName.get(f) ?? [];
    const top = Math.max(0, ...all.map((x) => x.population));
    out.push(...all.filter((x) => x.population * 10 >= top));
    const code = gaz.stateCodes.get(f);
    if (code)
      out.push({
        name: f,
        kind: 'state',
        admin: code,
        country: 'US',
        lat: 0,
        lon: 0,
        population: 1,
      });
  }
  return out;
}

/**
 * Whether `a` and `b` name two different US states ("Wyoming", "Colo."). A
 * town written with one of them lies in no other, whatever else the names
 * may be ("Wyoming" names a town in Michigan too).
 */
export function twoStates(a: string, b: string): boolean {
  const { stateCodes } = loadGazetteer();
  const x = stateCodes.get(fold(a));
  const y = stateCodes.get(fold(b));
  return x !== undefined && y !== undefined && x !== y;
}
