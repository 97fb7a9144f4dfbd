// A small gold dependency tree shared by the parser's oracle and labelled-move tests.

/** Labels of a small label set; 0 is the root's. */
export const ROOT = 0;
export const NSUBJ = 1;
export const OBJ = 2;
export const DET = 3;
export const CASE = 4;
export const OBL = 5;
export const PUNCT = 6;
export const LABELS = 7;

/**
 * "The dog chased the cat into the garden ." with its gold tree: heads are
 * word indexes and 9 (the word count) is the root.
 */
export const heads = Int32Array.from([1, 2, 9, 4, 2, 7, 7, 2, 2]);
export const labels = Int32Array.from([DET, NSUBJ, ROOT, DET, OBJ, CASE, DET, OBL, PUNCT]);
export const n = heads.length;
