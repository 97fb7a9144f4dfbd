/**
 * One syntactic word as the Universal Dependencies English treebanks cut text:
 * `didn't` is two tokens, `did` and `n't`. Always a substring of the document:
 * `text === doc.slice(start, end)` (UTF-16 offsets), never normalised.
 */
export interface UdToken {
  text: string;
  start: number;
  end: number;
  /** Whether whitespace follows the token in the document (CoNLL-U's SpaceAfter). */
  spaceAfter: boolean;
}
