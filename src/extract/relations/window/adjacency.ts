import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { placeOfPerson } from '../nesting.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, matchWords, mentionAfterDet, mentionAt, objectRight, owned } from './tokens.js';
import { LOC_OF } from './words.js';

/** "the Iraqi city of Kirkuk": the city is located in the country. */
function cityOfCountry(c: Ctx, sc: SentenceContext, a: Mention): void {
  const b = mentionAt(sc, a.e + 2);
  if (b && typeOf(c, b) === 'Location' && !b.country) emit(c, 'LOCATED_IN', b, a, sc.index, 0.8);
}

/** Whether `m` is a town written with its own region after a comma ("Durango, Colo.", "Bonn, Germany"). */
function townWithRegion(c: Ctx, sc: SentenceContext, m: Mention): boolean {
  if (m.region || m.province || m.country || at(sc.tokens, m.e) !== ',') return false;
  const r = mentionAt(sc, m.e + 1);
  return r !== undefined && typeOf(c, r) === 'Location' && !!(r.region || r.province || r.country);
}

/**
 * "Modesto, Calif.": a place, a comma, its region or country; not a list of
 * places ("Ohio, Iowa and Utah"). A list of towns each written with its own
 * region is read pair by pair ("at Laramie, Wyo., and Durango, Colo.").
 */
function placeCommaRegion(c: Ctx, sc: SentenceContext, a: Mention): void {
  const { tokens } = sc;
  const b = mentionAt(sc, a.e + 1);
  if (
    !b ||
    typeOf(c, b) !== 'Location' ||
    !(b.region || b.province || b.country) ||
    b.demonym ||
    // "within Ontario, Quebec and ...": two regions are a list, neither in the other.
    ((a.region || a.province) && (b.region || b.province))
  )
    return;
  // Not a list of places: "West Germany, Britain, Japan".
  const nextPlace =
    at(tokens, b.e) === ',' || at(tokens, b.e) === 'and'
      ? (mentionAt(sc, b.e + 1) ??
        (at(tokens, b.e + 1) === 'and' ? mentionAt(sc, b.e + 2) : undefined))
      : undefined;
  const listAfter =
    nextPlace !== undefined &&
    typeOf(c, nextPlace) === 'Location' &&
    !townWithRegion(c, sc, nextPlace);
  const listBefore =
    at(tokens, a.outer - 1) === ',' &&
    sc.mentions.some((x) => x.e === a.outer - 1 && typeOf(c, x) === 'Location');
  const after = tokens[b.e];
  if ((!after?.word || !mentionAt(sc, b.e + 1)) && !listAfter && !listBefore)
    emit(c, 'LOCATED_IN', a, b, sc.index, 0.8);
}

/** Coordinated people ending in `a`: "A and B of C", "A, B and C of D". */
function coordinatedPeople(c: Ctx, sc: SentenceContext, a: Mention, ordered: Mention[]): Mention[] {
  const people = [a];
  let cur = a;
  for (;;) {
    const prev = ordered[ordered.indexOf(cur) - 1];
    if (!prev || typeOf(c, prev) !== 'Person') break;
    const gap = sc.tokens.slice(prev.e, cur.outer).map((t) => t.lower);
    if (
      !(gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) &&
      !(gap.length === 2 && gap[0] === ',' && gap[1] === 'and')
    )
      break;
    people.push(prev);
    cur = prev;
  }
  return people;
}

/** "X of Y": a person of an organisation works for it, of a place lives there. */
function personOf(c: Ctx, sc: SentenceContext, a: Mention, ofAt: number, ordered: Mention[]): void {
  const b0 = mentionAfterDet(sc, ofAt + 1);
  const b = b0 ? owned(sc, b0) : undefined;
  const tb = b ? typeOf(c, b) : undefined;
  if (!b || (tb !== 'Organization' && tb !== 'Location')) return;
  const rel = tb === 'Organization' ? 'WORKS_FOR' : 'LIVES_IN';
  for (const p of coordinatedPeople(c, sc, a, ordered)) emit(c, rel, p, b, sc.index, 0.7);
}

/** Relations a mention has with the name right after it, by their types and the word between. */
function adjacentTo(c: Ctx, sc: SentenceContext, a: Mention, ordered: Mention[]): void {
  const { tokens } = sc;
  const ta = typeOf(c, a);
  const countryOf =
    ta === 'Location' && a.country && LOC_OF.has(at(tokens, a.e)) && at(tokens, a.e + 1) === 'of';
  if (countryOf) cityOfCountry(c, sc, a);
  if (!ta || a.compound || a.demonym) return;
  const w = at(tokens, a.e);
  if (w === ',' && ta === 'Location' && !a.country) placeCommaRegion(c, sc, a);
  if (
    (w === 'in' || (w === ',' && at(tokens, a.e + 1) === 'in')) &&
    ta === 'Location' &&
    !a.country &&
    !a.region &&
    !placeOfPerson(sc, a, (x) => typeOf(c, x) === 'Person')
  ) {
    const k = w === 'in' ? a.e + 1 : a.e + 2;
    const b = mentionAt(sc, k) ?? mentionAt(sc, k + 1);
    if (b && typeOf(c, b) === 'Location' && !b.demonym) emit(c, 'LOCATED_IN', a, b, sc.index, 0.7);
  }
  if ((w === 'at' || w === 'with') && ta === 'Person') {
    // "Shi Liming at the Institute of Zoology", "an economist with Drexel".
    const b = mentionAfterDet(sc, a.e + 1);
    if (b && typeOf(c, b) === 'Organization') emit(c, 'WORKS_FOR', a, b, sc.index, 0.4);
  }
  if ((w === 'in' || w === 'at' || w === 'of') && ta === 'Organization') {
    const b = mentionAfterDet(sc, a.e + 1);
    if (b && typeOf(c, b) === 'Location' && !b.demonym) emit(c, 'BASED_IN', a, b, sc.index, 0.5);
  }
  if (ta === 'Location' && matchWords(tokens, a.e, ['known', 'as'])) {
    // "militias in Iraq known as the X": X is based in Iraq.
    const b = objectRight(c, sc, a.e + 2, ['Organization'], 2);
    if (b && at(tokens, a.outer - 1) === 'in') emit(c, 'BASED_IN', b, a, sc.index, 0.6);
  }
  const ofAt = w === 'of' ? a.e : w === ',' && at(tokens, a.e + 1) === 'of' ? a.e + 1 : -1;
  if (ofAt >= 0 && ta === 'Person') {
    personOf(c, sc, a, ofAt, ordered);
    return;
  }
  if (
    w === ',' &&
    ta === 'Person' &&
    /^\d{1,3}$/.test(tokens[a.e + 1]?.text ?? '') &&
    at(tokens, a.e + 2) === ','
  ) {
    // "X, 29, of Y", "X, 47, of the European Space Agency": read as "X of Y".
    if (at(tokens, a.e + 3) === 'of') personOf(c, sc, a, a.e + 3, ordered);
  }
}

/** "Palm Beach, Fla.", "Tehran, Iran", "the U.S. Embassy in Baghdad", "X of The Associated Press". */
export function adjacency(c: Ctx, sc: SentenceContext): void {
  const ordered = [...sc.mentions].sort((x, y) => x.s - y.s);
  for (const a of ordered) adjacentTo(c, sc, a, ordered);
}
