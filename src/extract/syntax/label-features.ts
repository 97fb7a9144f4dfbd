import { bucket, lAt, type ParserAtoms, tAt, wAt } from './parser-atoms.js';
import type { ParseState } from './parser-state.js';
import { fillKeys, type Templates, templates } from './templates.js';

// The label model's features: the arc about to be made (dependent, head,
// their words, tags and distance) and the labels of the children each
// already has (Zhang and Nivre 2011), one template table per direction.

// Slots of the context a labelling decision reads.
const WD = 1;
const TD = 2;
const WH = 3;
const TH = 4;
const DIST = 5;
const LDL = 6;
const LDR = 7;
const LHL = 8;
const LHR = 9;
const LHL2 = 10;
const WDL = 11;
const WHL = 12;
const WDR = 13;
const TDM1 = 14;
const TDP1 = 15;
const THM1 = 16;
const NLD = 17;
const NRD = 18;
const LABEL_SLOTS = 19;

/** The labelling templates, with the arc's direction added to each number: [0 or 1 + number, slots]. */
const LABEL_ROWS = [
  [200],
  [202, WD],
  [204, TD],
  [206, WH],
  [208, TH],
  [210, WD, TH],
  [212, TD, WH],
  [214, TD, TH],
  [216, WD, WH],
  [218, TD, TH, DIST],
  [220, TD, LDL],
  [222, TD, LDR],
  [224, TD, LDL, LDR],
  [226, TH, LHL],
  [228, TH, LHR],
  [230, TH, LHL, LHL2],
  [232, WDL, TD],
  [234, WDL, TH],
  [236, TD, TDM1, TDP1],
  [238, TD, TH, THM1],
  [240, TD, NLD, NRD],
  [242, WD, TD, TH],
  [244, WHL, TD],
  [246, TH, LHL, TD],
  [248, LDL, WDL],
  [250, WH, TH, TD],
  [252, TD, TH, WDR],
] as const;

/** Label templates of arcs whose dependent comes first, and of the others. */
const LABEL_TEMPLATES = [0, 1].map((dir) =>
  templates(LABEL_ROWS.map(([t, ...slots]) => [t + dir, ...slots])),
) as [Templates, Templates];

/** Largest number of features a labelling decision fires. */
export const LABEL_FEATURES = LABEL_ROWS.length;

const labelCtx = new Int32Array(LABEL_SLOTS);

/** Feature keys for the label of the arc head -> dep that a move is about to make. */
export function labelFeatures(
  st: ParseState,
  a: ParserAtoms,
  dep: number,
  head: number,
  out: Uint32Array,
): number {
  const c = labelCtx;
  const dL = st.lc1[dep] as number;
  const dR = st.rc1[dep] as number;
  const hL = st.lc1[head] as number;
  c[WD] = wAt(a, dep);
  c[TD] = tAt(a, dep);
  c[WH] = wAt(a, head);
  c[TH] = tAt(a, head);
  c[DIST] = bucket(Math.abs(head - dep));
  c[LDL] = lAt(st, dL);
  c[LDR] = lAt(st, dR);
  c[LHL] = lAt(st, hL);
  c[LHR] = lAt(st, st.rc1[head] as number);
  c[LHL2] = lAt(st, st.lc2[head] as number);
  c[WDL] = wAt(a, dL);
  c[WHL] = wAt(a, hL);
  c[WDR] = wAt(a, dR);
  c[TDM1] = tAt(a, dep - 1);
  c[TDP1] = tAt(a, dep + 1);
  c[THM1] = tAt(a, head - 1);
  c[NLD] = st.nl[dep] as number;
  c[NRD] = st.nr[dep] as number;
  return fillKeys(LABEL_TEMPLATES[dep < head ? 0 : 1], c, out);
}
