/**
 * How sure each kind of rule is, in one place (an edge's confidence combines
 * those of its sentences). Tree rules that read a verb's own arguments are
 * surer than those that read a noun phrase's modifiers.
 */
export const CONFIDENCE = {
  /** A cue verb's subject and object, active or passive. */
  tree: 0.8,
  /** A role noun beside a name: apposition, title, possessive. */
  role: 0.7,
  /** "X of Y", a possessive or compound without a role noun. */
  modifier: 0.55,
  /** A noun cue ("the assassination of X by Y"). */
  nominal: 0.6,
  /** A relation the pair model proposes (relation-model.ts). */
  model: 0.45,
} as const;
