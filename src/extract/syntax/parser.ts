import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import {
  bestClass,
  isLabelled,
  labelledClasses,
  labelOfClass,
  moveOfClass,
} from './labelled-moves.js';
import { bucket, cAt, child, fAt, lAt, type ParserAtoms, tAt, wAt } from './parser-atoms.js';
import { LEFT, MOVES, ParseState, SHIFT } from './parser-state.js';
import { argmax, type Scorer } from './scorer.js';
import { fillKeys, templates } from './templates.js';

export { LABEL_FEATURES, labelFeatures } from './label-features.js';
export { type ParserAtoms, parserAtoms } from './parser-atoms.js';
export { LEFT, MOVES, ParseState, RIGHT, SHIFT } from './parser-state.js';

/**
 * A greedy arc-hybrid dependency parser (Kuhlmann et al. 2011; Goldberg and
 * Nivre 2013) over averaged perceptrons. One model picks the transition; a
 * second picks the label of each arc as it is made, so later decisions see
 * the labels of the children already attached (Zhang and Nivre 2011 features).
 *
 * Words are 0..n-1; n is the root, which sits at the end of the buffer, so
 * the last word left on the stack attaches to it and every tree has one root.
 */

// Slots of the context a transition decision reads; slot 0 is the constant 0.
const WS0 = 1;
const WS1 = 2;
const WN0 = 3;
const WN1 = 4;
const WN2 = 5;
const WS0L = 6;
const WS0L2 = 7;
const WS0R = 8;
const WN0L = 9;
const WN0L2 = 10;
const TS0 = 11;
const TS1 = 12;
const TS2 = 13;
const TN0 = 14;
const TN1 = 15;
const TN2 = 16;
const TS0L = 17;
const TS0L2 = 18;
const TS0R = 19;
const TS0R2 = 20;
const TN0L = 21;
const TN0L2 = 22;
const TS1R = 23;
const LS0L = 24;
const LS0L2 = 25;
const LS0R = 26;
const LS0R2 = 27;
const LN0L = 28;
const LN0L2 = 29;
const LS1R = 30;
const NLS0 = 31;
const NRS0 = 32;
const NLN0 = 33;
const D = 34;
const D10 = 35;
const DEPTH = 36;
const TS0TN0 = 37;
const LSS0 = 38;
const RSS0 = 39;
const LSN0 = 40;
const MOVE_SLOTS = 41;

/**
 * The transition templates: number, then the slots of their atoms. Template
 * numbers are part of the keys, so a template removed leaves a gap: 2, 6, 12,
 * 33 and 59 (the second buffer word, the third stack word, the second
 * rightmost dependent's word, and two word pairs) were dropped because
 * parsing dev without them scored higher.
 */
const MOVE_TEMPLATES = templates([
  [0],
  [1, WN0],
  [3, WN2],
  [4, WS0],
  [5, WS1],
  [7, WN0L],
  [8, WN0L2],
  [9, WS0L],
  [10, WS0L2],
  [11, WS0R],
  [13, TN0],
  [14, TN1],
  [15, TN2],
  [16, TS0],
  [17, TS1],
  [18, TS2],
  [19, TN0L],
  [20, TN0L2],
  [21, TS0L],
  [22, TS0L2],
  [23, TS0R],
  [24, TS0R2],
  [25, WN0, TN0],
  [26, WN1, TN1],
  [27, WN2, TN2],
  [28, WS0, TS0],
  [29, WS1, TS1],
  [30, WS0, WN0],
  [31, WN0, TN0, WS0],
  [32, WN0, TN0, TS0],
  [34, WS0, TS0, TN0],
  [35, WS0, WN0, TS0TN0],
  [36, TS0, TN0],
  [37, TN0, TN1],
  [38, TN0, TN1, TN2],
  [39, TS0, TN0, TN1],
  [40, TS0, TS1, TN0],
  [41, TS0, TS0R, TN0],
  [42, TS0, TN0, TN0L],
  [43, TS0, TS0L, TS0L2],
  [44, TS0, TS0R, TS0R2],
  [45, TN0, TN0L, TN0L2],
  [46, TS0, TS1, TS2],
  [47, TS0, TS0L, TN0],
  [48, WS0, NRS0],
  [49, WS0, NLS0],
  [50, WN0, NLN0],
  [51, TS0, NRS0],
  [52, TS0, NLS0],
  [53, TN0, NLN0],
  [54, WS0, D],
  [55, WN0, D],
  [56, TS0, D],
  [57, TN0, D],
  [58, TS0, TN0, D],
  [60, TS0, LS0L],
  [61, TS0, LS0R],
  [62, TN0, LN0L],
  [63, TS0, LS0L, LS0L2],
  [64, TS0, LS0R, LS0R2],
  [65, TN0, LN0L, LN0L2],
  [66, WS0, LS0R],
  [67, WS0, LS0L],
  [68, WN0, LN0L],
  [69, WS1, WS0],
  [70, TS1, WS0],
  [71, WS1, TS0],
  [72, TS1, TS0, TS1R],
  [73, TS1, LS1R],
  [74, DEPTH, TN0, TS0],
  [75, WS0, TN0, TN1],
  // Label sets of the dependents so far (Zhang and Nivre 2011), and the s1-s0 pair RIGHT decides on.
  [76, WS0, LSS0],
  [77, TS0, LSS0],
  [78, WS0, RSS0],
  [79, TS0, RSS0],
  [80, WN0, LSN0],
  [81, TN0, LSN0],
  [82, TS1, TS0, D10],
  [83, WS1, TS1, TS0],
  [84, TS1, WS0, TS0],
  [85, WS1, WS0, D10],
  [86, TS1, TN0, D],
  [87, TS1, TS0, RSS0],
  // What a coordinated or prepositional s0 attaches by: its first dependent's word ("and", "of").
  [88, TS1, WS0L, TS0],
  [89, WS1, WS0L, TS0],
  [90, TS0, WS0L, TN0],
  [91, WS0, WS0L, WN0],
  [92, TS0, TN0, WN0L],
  [93, TS1, WS0, WS0L],
]);

// Slots of the cluster templates' context (a model with word clusters; clusters.ts).
const CS0 = 1;
const FS0 = 2;
const CS1 = 3;
const FS1 = 4;
const CN0 = 5;
const FN0 = 6;
const CN1 = 7;
const FN1 = 8;
const CT_S0 = 9;
const CT_S1 = 10;
const CT_N0 = 11;
const CT_N1 = 12;
const CT_S0N0 = 13;
const CLU_SLOTS = 14;

/**
 * Cluster-for-word versions of the main word templates (Koo, Carreras and
 * Collins 2008): s0, s1, n0 and n1 alone and with tags, and the s0-n0 and
 * s1-s0 pairs. Read only by a model with word clusters.
 */
const CLU_MOVE_TEMPLATES = templates([
  [100, FS0],
  [101, FN0],
  [102, FN1],
  [103, FS1],
  [104, FS0, CT_S0],
  [105, FN0, CT_N0],
  [106, FS0, CT_N0],
  [107, CT_S0, FN0],
  [108, FS0, FN0],
  [109, CS0, CN0, CT_S0N0],
  [110, FS1, FS0],
  [111, CS1, CT_S1, CT_S0],
  [112, CT_S1, CS0, CT_S0],
  [113, FN0, FN1],
  [114, CS0, CT_N0, CT_N1],
]);

/** Largest number of features a transition decision fires. */
export const MOVE_FEATURES = MOVE_TEMPLATES.n + CLU_MOVE_TEMPLATES.n;

const cluCtx = new Int32Array(CLU_SLOTS);

/** Context of the transition decisions, reused (one thread runs one decision at a time). */
const moveCtx = new Int32Array(MOVE_SLOTS);

/** Feature keys of the next transition decision; returns how many. */
export function moveFeatures(st: ParseState, a: ParserAtoms, out: Uint32Array): number {
  const c = moveCtx;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const n0 = st.b;
  const n1 = n0 + 1 <= st.n ? n0 + 1 : -1;
  const n2 = n0 + 2 <= st.n ? n0 + 2 : -1;
  const s0L = child(st.lc1, s0);
  const s0L2 = child(st.lc2, s0);
  const s0R = child(st.rc1, s0);
  const s0R2 = child(st.rc2, s0);
  const n0L = child(st.lc1, n0);
  const n0L2 = child(st.lc2, n0);
  const s1R = child(st.rc1, s1);
  c[WS0] = wAt(a, s0);
  c[WS1] = wAt(a, s1);
  c[WN0] = wAt(a, n0);
  c[WN1] = wAt(a, n1);
  c[WN2] = wAt(a, n2);
  c[WS0L] = wAt(a, s0L);
  c[WS0L2] = wAt(a, s0L2);
  c[WS0R] = wAt(a, s0R);
  c[WN0L] = wAt(a, n0L);
  c[WN0L2] = wAt(a, n0L2);
  const ts0 = tAt(a, s0);
  const tn0 = tAt(a, n0);
  c[TS0] = ts0;
  c[TS1] = tAt(a, s1);
  c[TS2] = tAt(a, s2);
  c[TN0] = tn0;
  c[TN1] = tAt(a, n1);
  c[TN2] = tAt(a, n2);
  c[TS0L] = tAt(a, s0L);
  c[TS0L2] = tAt(a, s0L2);
  c[TS0R] = tAt(a, s0R);
  c[TS0R2] = tAt(a, s0R2);
  c[TN0L] = tAt(a, n0L);
  c[TN0L2] = tAt(a, n0L2);
  c[TS1R] = tAt(a, s1R);
  c[LS0L] = lAt(st, s0L);
  c[LS0L2] = lAt(st, s0L2);
  c[LS0R] = lAt(st, s0R);
  c[LS0R2] = lAt(st, s0R2);
  c[LN0L] = lAt(st, n0L);
  c[LN0L2] = lAt(st, n0L2);
  c[LS1R] = lAt(st, s1R);
  c[NLS0] = s0 < 0 ? 0 : (st.nl[s0] as number);
  c[NRS0] = s0 < 0 ? 0 : (st.nr[s0] as number);
  c[NLN0] = st.nl[n0] as number;
  c[D] = s0 < 0 ? 0 : bucket(n0 - s0);
  c[D10] = s1 < 0 ? 0 : bucket(s0 - s1);
  c[DEPTH] = st.sp > 2 ? 3 : st.sp;
  c[TS0TN0] = ts0 * 256 + tn0;
  c[LSS0] = s0 < 0 ? 0 : (st.ls[s0] as number);
  c[RSS0] = s0 < 0 ? 0 : (st.rs[s0] as number);
  c[LSN0] = st.ls[n0] as number;
  const k = fillKeys(MOVE_TEMPLATES, c, out);
  if (!a.clu) return k;
  const x = cluCtx;
  x[CS0] = cAt(a, s0);
  x[FS0] = fAt(a, s0);
  x[CS1] = cAt(a, s1);
  x[FS1] = fAt(a, s1);
  x[CN0] = cAt(a, n0);
  x[FN0] = fAt(a, n0);
  x[CN1] = cAt(a, n1);
  x[FN1] = fAt(a, n1);
  x[CT_S0] = ts0;
  x[CT_S1] = c[TS1] as number;
  x[CT_N0] = tn0;
  x[CT_N1] = c[TN1] as number;
  x[CT_S0N0] = c[TS0TN0] as number;
  return k + fillKeys(CLU_MOVE_TEMPLATES, x, out, k);
}

export interface ParseModel {
  /**
   * Moves (3 classes), or labelled moves (labelled-moves.ts), whose labels
   * are groups of labels when `labelGroups` is given.
   */
  moves: Scorer;
  /** Labels an arc; with labelled moves, only within its group of several labels. */
  labels: Scorer;
  /** With labelled moves: the group of each label (absent: every label its own group). */
  labelGroups?: Int32Array;
  /** Label id of the arc to the root. */
  rootLabel: number;
  /** Labels known from the tag classes of an arc's words alone, by `labelKey`. */
  labelDict?: ReadonlyMap<number, number>;
  /**
   * A confidence cascade: labelled moves over every label (labelled-moves.ts)
   * on the move table's templates decide a transition, with its arc's label,
   * where the move table's best valid move leads the runner-up by less than
   * `margin` (in the move table's score units). Greedy parsers' errors gather
   * in such close decisions, and a decision of the big table costs about 3.5
   * of the small one (README, "Syntax: tokens, tags and trees").
   */
  cascade?: { scorer: Scorer; margin: number } | undefined;
  /** The move table's quantisation scale (its scores over this are weights); 1 when absent. */
  movesScale?: number | undefined;
}

/** The key of an arc in a label dictionary: dependent's and head's tag classes, and direction. */
export function labelKey(depTag: number, headTag: number, depFirst: boolean): number {
  return (depTag * 256 + headTag) * 2 + (depFirst ? 0 : 1);
}

/** Scratch buffers for parsing, reused across sentences. */
export class Parser {
  readonly state = new ParseState();
  /**
   * With `recordMargins`, per word after parsing: how far (in weights) the
   * move that made its arc led the runner-up valid move; Infinity when no
   * other move was valid (the word re-attacher reads it; reattach.ts).
   */
  margins = new Float32Array(64);
  recordMargins = false;
  private readonly feats = new Uint32Array(Math.max(MOVE_FEATURES, LABEL_FEATURES));
  private readonly moveScores: Float32Array;
  private readonly labelScores: Float32Array;
  /** Labels (or label groups) of the labelled moves (0: the moves are unlabelled). */
  private readonly labelled: number;
  /** Per label group: its one label, or -1 when it has several (the label model chooses). */
  private readonly groupLabel: Int32Array;
  private readonly rootGroup: number;
  private readonly cascadeScores: Float32Array;
  /** With a cascade: the decisions scored, and those the cascade made (for choosing its margin). */
  decided = 0;
  consulted = 0;

  constructor(private readonly model: ParseModel) {
    this.labelScores = new Float32Array(model.labels.classes);
    this.moveScores = new Float32Array(Math.max(MOVES, model.moves.classes));
    this.labelled = isLabelled(model.moves.classes) ? (model.moves.classes - 1) / 2 : 0;
    const groups = model.labelGroups ?? Int32Array.from({ length: this.labelled }, (_, i) => i);
    this.groupLabel = new Int32Array(this.labelled).fill(-2);
    groups.forEach((g, l) => {
      this.groupLabel[g] = this.groupLabel[g] === -2 ? l : -1;
    });
    this.rootGroup = groups[model.rootLabel] ?? 0;
    const cascade = model.cascade?.scorer.classes ?? 0;
    if (cascade > 0 && cascade !== labelledClasses(model.labels.classes))
      throw new Error(
        'syntax model: the cascade table does not score labelled moves over every label',
      );
    this.cascadeScores = new Float32Array(cascade);
  }

  /** Parses a sentence; heads and labels are left in `this.state` (head n is the root). */
  parse(a: ParserAtoms): ParseState {
    const st = this.state;
    st.reset(a.n);
    const record = this.recordMargins;
    if (record) {
      if (this.margins.length <= a.n) this.margins = new Float32Array(2 * (a.n + 1));
      this.margins.fill(Number.POSITIVE_INFINITY, 0, a.n + 1);
    }
    const margins = this.margins;
    if (this.labelled > 0) return this.parseLabelled(a);
    const unit = 1 / (this.model.movesScale ?? 1);
    while (!st.done()) {
      let move = -1;
      let choices = 0;
      for (let m = 0; m < MOVES; m++)
        if (st.valid(m)) {
          choices++;
          move = m;
        }
      if (choices > 1) {
        const nf = moveFeatures(st, a, this.feats);
        this.model.moves.score(this.feats, nf, this.moveScores);
        const sc = this.moveScores;
        move = -1;
        for (let m = 0; m < MOVES; m++)
          if (st.valid(m) && (move < 0 || (sc[m] as number) > (sc[move] as number))) move = m;
        if (record && move !== SHIFT) {
          let second = Number.NEGATIVE_INFINITY;
          for (let m = 0; m < MOVES; m++)
            if (m !== move && st.valid(m) && (sc[m] as number) > second) second = sc[m] as number;
          margins[st.s(0)] = ((sc[move] as number) - second) * unit;
        }
        if (this.model.cascade !== undefined) {
          const c = this.consult(nf, move);
          if (c >= 0) {
            const labels = this.model.labels.classes;
            const m = moveOfClass(c, labels);
            st.apply(m, m === SHIFT ? -1 : labelOfClass(c, labels));
            continue;
          }
        }
      }
      let label = -1;
      if (move !== SHIFT) label = this.label(a, move);
      st.apply(move, label);
    }
    return st;
  }

  /**
   * The cascade's labelled class for the decision whose move features are in
   * `this.feats` (`nf` of them), when the move table's choice `move` leads the
   * runner-up valid move by less than the cascade's margin; -1 otherwise.
   */
  private consult(nf: number, move: number): number {
    const cascade = this.model.cascade as NonNullable<ParseModel['cascade']>;
    const st = this.state;
    const sc = this.moveScores;
    this.decided++;
    let second = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < MOVES; m++)
      if (m !== move && st.valid(m) && (sc[m] as number) > second) second = sc[m] as number;
    if ((sc[move] as number) - second >= cascade.margin) return -1;
    this.consulted++;
    cascade.scorer.score(this.feats, nf, this.cascadeScores);
    return bestClass(st, this.cascadeScores, this.model.labels.classes, this.model.rootLabel);
  }

  /** Parses with labelled moves: each arc's label is chosen with its move. */
  private parseLabelled(a: ParserAtoms): ParseState {
    const st = this.state;
    const groups = this.labelled;
    while (!st.done()) {
      if (st.sp === 0) st.apply(SHIFT, -1);
      else if (st.b >= st.n && st.sp === 1) st.apply(LEFT, this.model.rootLabel);
      else {
        const nf = moveFeatures(st, a, this.feats);
        this.model.moves.score(this.feats, nf, this.moveScores);
        const c = bestClass(st, this.moveScores, groups, this.rootGroup);
        const move = moveOfClass(c, groups);
        const g = labelOfClass(c, groups);
        st.apply(move, move === SHIFT ? -1 : this.labelIn(a, move, g));
      }
    }
    return st;
  }

  /** The label of the arc `move` makes, within label group `g`. */
  labelIn(a: ParserAtoms, move: number, g: number): number {
    const only = this.groupLabel[g] as number;
    if (only >= 0) return only;
    const st = this.state;
    const dep = st.s(0);
    const head = move === LEFT ? st.b : st.s(1);
    const nf = labelFeatures(st, a, dep, head, this.feats);
    const sc = this.labelScores;
    this.model.labels.score(this.feats, nf, sc);
    const groups = this.model.labelGroups as Int32Array;
    for (let l = 0; l < sc.length; l++) if (groups[l] !== g) sc[l] = Number.NEGATIVE_INFINITY;
    return argmax(sc, this.model.labels.classes);
  }

  /** The label of the arc `move` makes. */
  label(a: ParserAtoms, move: number): number {
    const st = this.state;
    const dep = st.s(0);
    return this.labelArc(a, dep, move === LEFT ? st.b : st.s(1));
  }

  /**
   * The label of the arc head -> dep, read in `this.state`: the configuration
   * a move is about to change, or, after parsing, the finished tree (a word
   * re-attached after parsing is labelled so; reattach.ts).
   */
  labelArc(a: ParserAtoms, dep: number, head: number): number {
    const st = this.state;
    if (head === a.n) return this.model.rootLabel;
    const known = this.model.labelDict?.get(
      labelKey((a.tag[dep] as number) - 1, (a.tag[head] as number) - 1, dep < head),
    );
    if (known !== undefined) return known;
    const nf = labelFeatures(st, a, dep, head, this.feats);
    this.model.labels.score(this.feats, nf, this.labelScores);
    this.labelScores[this.model.rootLabel] = Number.NEGATIVE_INFINITY;
    return argmax(this.labelScores, this.model.labels.classes);
  }
}
