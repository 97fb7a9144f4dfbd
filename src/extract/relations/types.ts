import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { SyntaxToken } from '../syntax/index.js';
import type { Mention, Modality, Polarity, RelationType } from '../types.js';

/** A relation between two clusters, stated in sentences [from, to]. */
export interface FoundRelation {
  source: number;
  target: number;
  type: RelationType;
  from: number;
  to: number;
  confidence: number;
  /** Name of the rule that found it (a file of rules/, a token-window pass, or the pair model). */
  rule: string;
  polarity: Polarity;
  modality: Modality;
  /** Clusters of who says so ("Iraqi officials said", "according to X"). */
  attributedTo: number[];
  /** Syntax token the statement hangs on (its cue verb or noun), -1 when the rule read no tree. */
  anchor: number;
  /** Set when the speaker of the report is a party by design ("Acme said X was named president": Acme). */
  speakerParty?: boolean;
}

/** A compiled role noun: its phrase, words and the relations it can state. */
export interface RoleCue {
  phrase: string;
  words: string[];
  rels: RelationType[];
}

/** A verb cue: its words and the relation it states. */
export interface VerbCue {
  words: string[];
  rel: RelationType;
  kind: 'verb' | 'mover';
}

/** The cue lexicon (data/relations.json) compiled for lookup. */
export interface CueIndex {
  byFirst: Map<string, VerbCue[]>;
  roles: RoleCue[];
  /** The same roles by their phrase ("foreign minister"). */
  roleByPhrase: Map<string, RoleCue>;
  /** The same roles by their first word, longest first. */
  rolesByFirst: Map<string, RoleCue[]>;
  /** Role phrases by their last word, the head noun of the phrase ("minister"). */
  rolesByHead: Map<string, RoleCue[]>;
  compounds: Map<string, RelationType>;
  /** Nouns that state a relation ("assassination" KILLED, "attack" ATTACKED). */
  nouns: Map<string, RelationType>;
  attackNouns: Set<string>;
  /** First words of the verbs of doing that take a cue noun ("carried out an attack"). */
  agentVerbs: Set<string>;
  speech: Set<string>;
  forces: Set<string>;
  /** Nouns for a person ("assassin", "analyst"): a name before one and a name describes the second. */
  personNouns: ReadonlySet<string>;
  stance: StanceWords;
}

/** Words that mark negation, modality and attribution (data/relations.json, "stance"). */
export interface StanceWords {
  negators: Set<string>;
  /** Adverbs that negate an event verb only ("nearly invaded"; not "almost certain"). */
  nearMisses: Set<string>;
  denials: Set<string>;
  planned: Set<string>;
  plannedAux: Set<string>;
  possible: Set<string>;
  alleged: Set<string>;
}

/** One sentence read as a tree, with the names found in it. */
export interface TreeSentence {
  sc: SentenceContext;
  toks: SyntaxToken[];
  /** Lower-cased text of each token. */
  lower: string[];
  /** Dependents of each token, in sentence order. */
  kids: number[][];
  /** The resolved mention that covers each token (the shortest one), if any. */
  mentionOf: (Mention | undefined)[];
}

/** What a rule reads and where it writes. */
export interface RuleContext {
  clusters: Cluster[];
  lex: Lexicon;
  cues: CueIndex;
  out: FoundRelation[];
}

/** A relation rule over the dependency tree of one sentence. */
export interface TreeRule {
  /** The rule's name, as edges report it: the file name without extension. */
  name: string;
  run(c: RuleContext, t: TreeSentence): void;
}
