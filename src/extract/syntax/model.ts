import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClusterTable } from './clusters.js';
import { LinearModel } from './linear.js';
import { readSyntaxModel, type SyntaxHeader } from './model-file.js';
import { type ParseModel, Parser, type ParserAtoms, parserAtoms } from './parser.js';
import { PunctAttacher, type PunctSentence, PunctTable } from './punct.js';
import { Reattacher, type ReattachSentence, reattachTags } from './reattach.js';
import type { Scorer } from './scorer.js';
import { AtomCache, type TagModel, type TokenAtoms, tagWords, tokenAtoms } from './tagger.js';

/** The tagger and parser with the names of their classes. */
export interface SyntaxModel {
  tagger: TagModel;
  parser: ParseModel;
  /** Per tag class: its UPOS and Penn tag. */
  upos: string[];
  xpos: string[];
  labels: string[];
  vocab: ReadonlySet<string>;
  /** Word clusters the parser reads (clusters.ts; the tagger's are its own); absent from older models. */
  clusters?: ClusterTable | undefined;
  about: Record<string, unknown>;
  /** Rehangs punctuation after parsing (punct.ts); absent: the parser's heads stand. */
  punct?: Scorer | undefined;
  /** Rehangs words after punctuation (reattach.ts); absent: their heads stand. */
  reattach?: { scorer: Scorer; leavesOnly: boolean; margin: number } | undefined;
}

/** The shipped model, trained on UD English EWT by tools/syntax/train.ts. */
export const MODEL_PATH = fileURLToPath(
  new URL('../../../data/syntax/en-ewt.bin', import.meta.url),
);

export function syntaxModelFrom(bytes: Uint8Array): SyntaxModel {
  const { header, tables } = readSyntaxModel(bytes);
  return modelFromParts(header, {
    tagger: new LinearModel(tables.tagger),
    moves: new LinearModel(tables.moves),
    labels: new LinearModel(tables.labels),
    retagger: tables.retagger && new LinearModel(tables.retagger),
    taggerScale: tables.tagger.scale,
    cascade: tables.cascade && new LinearModel(tables.cascade),
    movesScale: tables.moves.scale,
    punct: tables.punct && new PunctTable(tables.punct),
    reattach: tables.reattach && new PunctTable(tables.reattach),
    reattachScale: tables.reattach?.scale,
  });
}

/** Assembles a model from a header and its scorers (the training script passes perceptrons). */
export function modelFromParts(
  header: Pick<
    SyntaxHeader,
    | 'tags'
    | 'labels'
    | 'vocab'
    | 'tagDict'
    | 'labelDict'
    | 'ambiguity'
    | 'lexicon'
    | 'lexiconTemplates'
    | 'lexiconCase'
    | 'lexiconScope'
    | 'retagMargin'
    | 'labelGroups'
    | 'cascadeMargin'
    | 'reattach'
    | 'clusters'
    | 'clustersFor'
    | 'clusterTemplates'
    | 'about'
  >,
  scorers: {
    tagger: TagModel['scorer'];
    moves: ParseModel['moves'];
    labels: ParseModel['labels'];
    /** The second tagging pass, read when the header gives its margin. */
    retagger?: Scorer | undefined;
    /** The first pass's quantisation scale (1 for a training perceptron's weights). */
    taggerScale?: number;
    /** Labelled moves for unsure transitions, read when the header gives their margin. */
    cascade?: Scorer | undefined;
    /** The move table's quantisation scale (1 for a training perceptron's weights). */
    movesScale?: number;
    /** The punctuation ranker (punct.ts). */
    punct?: Scorer | undefined;
    /** The word re-attacher (reattach.ts), read when the header gives its settings. */
    reattach?: Scorer | undefined;
    /** Its table's quantisation scale. */
    reattachScale?: number | undefined;
  },
): SyntaxModel {
  const rootLabel = header.labels.indexOf('root');
  if (rootLabel < 0) throw new Error('syntax model: no root label');
  const vocab = new Set(header.vocab);
  const clusters = header.clusters?.length ? new ClusterTable(header.clusters) : undefined;
  return {
    tagger: {
      scorer: scorers.tagger,
      dict: new Map(header.tagDict),
      amb: new Map(header.ambiguity),
      lex: new Map(header.lexicon),
      lexRows: header.lexiconTemplates,
      lexCase: header.lexiconCase,
      lexScope: header.lexiconScope,
      clusters: header.clustersFor === 'parser' ? undefined : clusters,
      cluRows: header.clusterTemplates,
      known:
        header.lexiconCase === 'unseen' || header.lexiconScope === 'unseen' ? vocab : undefined,
      retag:
        scorers.retagger && header.retagMargin !== undefined
          ? {
              scorer: scorers.retagger,
              lexicon: (header.lexicon?.length ?? 0) > 0,
              margin: header.retagMargin * (scorers.taggerScale ?? 1),
            }
          : undefined,
    },
    parser: {
      moves: scorers.moves,
      labels: scorers.labels,
      rootLabel,
      labelDict: header.labelDict && new Map(header.labelDict),
      labelGroups: header.labelGroups && Int32Array.from(header.labelGroups),
      cascade:
        scorers.cascade && header.cascadeMargin !== undefined
          ? { scorer: scorers.cascade, margin: header.cascadeMargin * (scorers.movesScale ?? 1) }
          : undefined,
      movesScale: scorers.movesScale,
    },
    upos: header.tags.map((t) => t.split(' ')[0] as string),
    xpos: header.tags.map((t) => t.split(' ')[1] as string),
    labels: header.labels,
    vocab,
    clusters: header.clustersFor === 'tagger' ? undefined : clusters,
    about: header.about,
    punct: scorers.punct,
    reattach:
      scorers.reattach && header.reattach
        ? {
            scorer: scorers.reattach,
            leavesOnly: header.reattach.leavesOnly,
            margin: header.reattach.margin * (scorers.reattachScale ?? 1),
          }
        : undefined,
  };
}

let shipped: SyntaxModel | undefined;

/** The shipped model, read once per thread. */
export function loadSyntaxModel(): SyntaxModel {
  shipped ??= syntaxModelFrom(readFileSync(MODEL_PATH));
  return shipped;
}

/** One sentence's tags and tree: heads are word indexes, -1 for the root. */
export interface Analysis {
  tags: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
}

/** Tags and parses sentences given as words, with scratch space kept between calls. */
export class SyntaxAnalyser {
  readonly parser: Parser;
  /** Atoms of the words met so far, for the tagger and for the parser. */
  private readonly atoms: AtomCache;
  private readonly known = new Map<string, number>();
  /** A sentence's atoms, overwritten by the next (grown as needed). */
  private tagAtoms: TokenAtoms | undefined;
  private parseAtoms: ParserAtoms | undefined;
  private readonly punct: PunctAttacher | undefined;
  private readonly reattach: Reattacher | undefined;
  /** The word re-attacher's view of a sentence (its arrays reused). */
  private readonly reattachView: ReattachSentence = {
    words: [],
    upos: [],
    labels: [],
    punct: [],
    parsed: [],
    atoms: [],
  };
  /** Per tag class: its UPOS's number, and whether it is punctuation. */
  private readonly uposIds: Int32Array;
  private readonly isPunct: Uint8Array;

  constructor(readonly model: SyntaxModel) {
    this.parser = new Parser(model.parser);
    this.atoms = new AtomCache(model.tagger);
    this.punct = model.punct && new PunctAttacher(model.punct);
    const r = model.reattach;
    this.reattach = r && new Reattacher(r.scorer, reattachTags(model.upos), r.leavesOnly, r.margin);
    this.parser.recordMargins = r !== undefined;
    const names = [...new Set(model.upos)].sort();
    this.uposIds = Int32Array.from(model.upos, (u) => names.indexOf(u));
    this.isPunct = Uint8Array.from(model.upos, (u) => (u === 'PUNCT' ? 1 : 0));
  }

  private hasPunct(tags: Int32Array): boolean {
    for (let i = 0; i < tags.length; i++) if (this.isPunct[tags[i] as number]) return true;
    return false;
  }

  /** Scratch of the punctuation ranker's sentence (longer than the sentence). */
  private punctUpos = new Int32Array(64);
  private punctMarks = new Uint8Array(64);
  private punctParsed = new Int32Array(64);

  /** The sentence as the punctuation ranker reads it (punct.ts); its arrays are reused by the next call. */
  punctSentence(words: readonly string[], tags: Int32Array, a: Analysis): PunctSentence {
    const { uposIds, isPunct } = this;
    const n = words.length;
    if (this.punctUpos.length < n) {
      const size = 2 * n;
      this.punctUpos = new Int32Array(size);
      this.punctMarks = new Uint8Array(size);
      this.punctParsed = new Int32Array(size);
    }
    const { punctUpos, punctMarks, punctParsed } = this;
    for (let i = 0; i < n; i++) {
      const t = tags[i] as number;
      punctUpos[i] = uposIds[t] as number;
      punctMarks[i] = isPunct[t] as number;
      punctParsed[i] = a.heads[i] as number;
    }
    return { words, upos: punctUpos, labels: a.labels, punct: punctMarks, parsed: punctParsed };
  }

  analyse(words: readonly string[]): Analysis {
    this.tagAtoms = tokenAtoms(words, this.atoms, this.tagAtoms);
    const tags = tagWords(this.model.tagger, words, this.tagAtoms);
    return this.parseTagged(words, tags);
  }

  /** Parses words whose tag classes are known. */
  parseTagged(words: readonly string[], tags: Int32Array): Analysis {
    const n = words.length;
    this.parseAtoms = parserAtoms(
      words,
      tags,
      this.model.vocab,
      this.model.upos.length,
      this.known,
      this.parseAtoms,
      this.model.clusters,
    );
    const st = this.parser.parse(this.parseAtoms);
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const h = st.heads[i] as number;
      heads[i] = h === n ? -1 : h;
      labels[i] = st.labels[i] as number;
    }
    const a = { tags, heads, labels };
    if (this.punct && this.hasPunct(tags))
      this.punct.reattach(this.punctSentence(words, tags, a), heads);
    if (this.reattach) {
      // The punctuation ranker's view, after it: `parsed` holds the heads as they now stand.
      const p = this.punctSentence(words, tags, a);
      const view = this.reattachView;
      view.words = words;
      view.upos = p.upos;
      view.punct = p.punct;
      view.parsed = p.parsed;
      view.labels = labels;
      view.margins = this.parser.margins;
      const atoms = this.parseAtoms;
      view.atoms = atoms.word;
      this.reattach.reattach(view, heads, labels, (dep, head) =>
        this.parser.labelArc(atoms, dep, head),
      );
    }
    return a;
  }
}
