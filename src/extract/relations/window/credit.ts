import type { SentenceContext } from '../../sentence-context.js';
import { firstWordIndex, type Token } from '../../tokenize.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, mentionAt } from './tokens.js';
import { DATE_WORDS } from './words.js';

/** A wire service's serial number that opens a credit line: "LD2804174994", "PA0302025694". */
const SERIAL = /^[A-Z]{2}\d{8,}$/;

/** "Beijing XINHUA in English", "SAN FRANCISCO (AP)", "Moscow April 25 TASS --": a wire service and the city it files from. */
export function credits(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  const start = firstWordIndex(tokens);
  // A place and outlet read as one name ("Moscow ITAR-TASS") credit a story only where
  // they open its line, or follow the line's serial ("LD2804174994 Moscow INTERFAX"):
  // inside a sentence the place is part of some other name ("make Mesa NRM a
  // stronger company", "Brazilian FCOJ exports").
  for (const m of sc.mentions) {
    const p = m.basedAt;
    if (p && (p.s === start || SERIAL.test(tokens[p.s - 1]?.text ?? '')))
      emit(c, 'BASED_IN', m, p, sc.index, 0.6);
  }
  // Datelines: "KARBALA, Iraq (AP)", "Moscow March 5 (ITAR-TASS)", "Saint-Gall, Switzerland, Feb 2 (AFP)".
  const first = sc.mentions.find((m) => m.s === start);
  if (!first || typeOf(c, first) !== 'Location') return;
  const places = [first];
  let k = first.e;
  for (let n = 0; n < 10 && k < tokens.length; n++) {
    const t = tokens[k] as Token;
    const m = mentionAt(sc, k);
    if (m && typeOf(c, m) === 'Location') {
      places.push(m);
      k = m.e;
      continue;
    }
    if (t.text === ',' || /^\d{1,4}$/.test(t.text) || DATE_WORDS.has(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  const paren = at(tokens, k) === '(';
  const o = mentionAt(sc, paren ? k + 1 : k);
  if (!o || typeOf(c, o) !== 'Organization') return;
  // "Moscow April 25 TASS --": a service in capitals before the dash, after a dated place.
  const dated = tokens.slice(first.e, k).some((t) => /^\d{1,4}$/.test(t.text));
  if (paren ? at(tokens, o.e) !== ')' : !(dated && capitals(tokens, o.s, o.e) && dash(tokens, o.e)))
    return;
  for (const p of places) emit(c, 'BASED_IN', o, p, sc.index, 0.5);
}

/** Whether tokens s..e-1 are written in capitals ("TASS", "KYODO"). */
function capitals(tokens: readonly Token[], s: number, e: number): boolean {
  const text = tokens
    .slice(s, e)
    .map((t) => t.text)
    .join('');
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

/** Whether a dash opens the story at token k ("--", "-", "_"). */
function dash(tokens: readonly Token[], k: number): boolean {
  return /^[-_\u2013\u2014]+$/.test(tokens[k]?.text ?? '');
}
