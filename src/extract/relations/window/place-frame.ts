import { contains, type Place, readingsOf } from '../../places.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, mentionAt } from './tokens.js';

/** Marks a sentence may open with before its first word. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '``', '-', '_', '--']);

/** Marks that end the clause the frame governs. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', '--', '—', '_']);

/**
 * The first word of sentence `sc` past opening marks and a bracketed
 * label ("(Text)", "(Excerpts)"), or -1.
 */
function firstWord(sc: SentenceContext): number {
  const { tokens } = sc;
  let k = 0;
  for (;;) {
    const t = tokens[k]?.text;
    if (t === undefined) return -1;
    if (OPENING_MARKS.has(t)) k++;
    else if (t === '(' && tokens[k + 2]?.text === ')') k += 3;
    else return k;
  }
}

/**
 * The place a sentence opens with as its scene: "In Colorado, ..." or a
 * heading "Montana: ...". Not a list of places ("In Pittsburgh, Dade County,
 * Fla., and ..."), and not a place written with its region ("In Salem, Ore.,").
 */
function frameOf(c: Ctx, sc: SentenceContext): Mention | undefined {
  const k = firstWord(sc);
  if (k < 0) return undefined;
  const opensIn = at(sc.tokens, k) === 'in';
  const m = mentionAt(sc, opensIn ? k + 1 : k);
  if (!m || typeOf(c, m) !== 'Location' || m.demonym) return undefined;
  const mark = at(sc.tokens, m.e);
  if (opensIn ? mark !== ',' : mark !== ':') return undefined;
  const next = mentionAt(sc, m.e + 1);
  if (next && typeOf(c, next) === 'Location') return undefined;
  return m;
}

/** Whether the gazetteer knows `ps` as a region that holds towns: a country or a state. */
const isRegion = (ps: readonly Place[]) => ps.some((p) => p.kind !== 'city');

/** The preposition before mention `m` ("in the Custer National Forest": in), skipping one determiner. */
function prepositionBefore(sc: SentenceContext, m: Mention): string {
  let k = m.outer - 1;
  if (WORDS.determiners.has(at(sc.tokens, k))) k--;
  return at(sc.tokens, k);
}

/**
 * "In Colorado, snow fell in Denver", "Montana: a fire in the Custer National
 * Forest", "In Idaho, smoke hung over Boise": a sentence that opens with a
 * region as its scene places what it sets in a place (after "in", "near",
 * "over", "east of": framePrepositions) inside that region. The frame must be
 * a region: a town frames nothing ("In Fresno, near the hometown of ..." names
 * a place near it). A place the gazetteer knows must lie in the frame by the
 * gazetteer ("In Washington, ... in Pyongyang" is news from elsewhere, and a
 * country or state is never inside the frame); a place it does not know
 * ("the Afar district", "the Cascade Mountains") is read from the text alone,
 * unless the lexicon marks it a country or region. Reading stops at a clause
 * end (";", a dash).
 */
export function placeFrames(c: Ctx, sc: SentenceContext): void {
  const frame = frameOf(c, sc);
  if (!frame) return;
  const name = (m: Mention) => c.clusters[m.entity as number]?.name ?? m.name;
  const outer = readingsOf([frame.text, name(frame)]);
  if (outer.length && !isRegion(outer)) return;
  let end = frame.e + 1;
  while (end < sc.tokens.length && !CLAUSE_ENDS.has(sc.tokens[end]?.text ?? '')) end++;
  for (const m of sc.mentions) {
    if (m.s <= frame.e || m.e > end || m.entity === frame.entity) continue;
    if (typeOf(c, m) !== 'Location' || m.country || m.region || m.demonym) continue;
    if (!WORDS.framePrepositions.has(prepositionBefore(sc, m))) continue;
    const inner = readingsOf([m.text, name(m)]);
    if (inner.length && !outer.some((o) => inner.some((p) => p.kind === 'city' && contains(o, p))))
      continue;
    emit(c, 'LOCATED_IN', m, frame, sc.index, 0.7);
  }
}
