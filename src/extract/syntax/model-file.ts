import type { LinearModelData } from './linear.js';

/**
 * The syntax model file: a JSON header (tag classes, labels, vocabulary, tag
 * dictionary, provenance) followed by the weight tables of the tagger, the
 * transition model and the label model (then the optional second tagging pass,
 * cascade, punctuation and re-attachment tables) as little-endian typed arrays.
 *
 *   u32 header length | header JSON | pad to 4 | per table:
 *   keys u32[n] | counts u8[n] | pad | classes u8[m] | pad | weights i16[m] | pad
 */
export interface SyntaxHeader {
  format: 'graphwire-syntax';
  /** 2 since feature keys mix once (src/extract/syntax/hash.ts): files of version 1 key differently. */
  version: 2;
  /** Tag classes as "UPOS XPOS". */
  tags: string[];
  labels: string[];
  /** Lower-cased words the parser knows by name. */
  vocab: string[];
  /** Words tagged one way in training, with their class. */
  tagDict: [string, number][];
  /**
   * Arcs labelled one way in training, by their words' tag classes and
   * direction (`labelKey`), with that label: the parser takes it without
   * scoring. Absent from older files.
   */
  labelDict?: [number, number][];
  /**
   * Ambiguity classes of words as written (tagger.ts, ambiguityClasses), as
   * [word, value]. Absent from older files.
   */
  ambiguity?: [string, number][];
  /**
   * Lexicon classes of lower-cased words (the tags a lexicon outside the
   * treebank allows them; tools/syntax/lexicon.ts), as [word, value]. Absent
   * from older files.
   */
  lexicon?: [string, number][];
  /**
   * The lexicon templates the tagger reads, by number (tagger.ts, LEX_ROWS):
   * all of them when absent.
   */
  lexiconTemplates?: number[];
  /**
   * A capitalised word reads no lexicon class of its lower-cased form
   * (tagger.ts, WordClasses.lexCase); `'unseen'`: only when `vocab` lacks it.
   */
  lexiconCase?: boolean | 'unseen';
  /** `'unseen'`: only words outside `vocab` read a lexicon class (tagger.ts, WordClasses.lexScope). */
  lexiconScope?: 'unseen';
  /**
   * With a `retagger` table: words whose first tagging pass put its best class
   * ahead of the runner-up by less than this (a weight, not quantised) are
   * tagged again (retagger.ts). Absent from older files.
   */
  retagMargin?: number;
  /**
   * With labelled moves over groups of labels (labelled-moves.ts,
   * labelGroups): the group of each label. Absent from older files and when
   * every label is its own group.
   */
  labelGroups?: number[];
  /**
   * With a `cascade` table: transition decisions whose best valid move leads
   * the runner-up by less than this (a weight of the move table, not
   * quantised) are decided by the cascade's labelled moves (parser.ts,
   * Parser.consult). Absent from older files.
   */
  cascadeMargin?: number;
  /**
   * With a `reattach` table (reattach.ts): whether it moves only words that
   * head nothing, and by how much (a weight, not quantised) a candidate must
   * lead the parser's head. Absent from older files.
   */
  reattach?: { leavesOnly: boolean; margin: number };
  /**
   * Word clusters from unlabelled text (clusters.ts; tools/syntax/clusters.ts)
   * as [word key, coarse, fine]: the tagger and parser read them. Absent from
   * older files.
   */
  clusters?: [string, number, number][];
  /** Which of the two reads `clusters`: the tagger or the parser alone; both when absent. */
  clustersFor?: 'tagger' | 'parser';
  /** The cluster templates the tagger reads, by number (tagger.ts, CLU_ROWS): all when absent. */
  clusterTemplates?: number[];
  /** How the model was made: corpus, licence, settings, scores on dev. */
  about: Record<string, unknown>;
}

export interface SyntaxTables {
  tagger: LinearModelData;
  moves: LinearModelData;
  labels: LinearModelData;
  /** The second tagging pass (retagger.ts). Absent from older files. */
  retagger?: LinearModelData;
  /**
   * Labelled moves over every label (labelled-moves.ts) on the move table's
   * templates, consulted where the move table is unsure. Absent from older files.
   */
  cascade?: LinearModelData;
  /**
   * One score for each candidate head of a punctuation mark (punct.ts),
   * applied after parsing. Absent from older files.
   */
  punct?: LinearModelData;
  /**
   * One score for each candidate head of a word (reattach.ts), applied after
   * punctuation is hung again. Absent from older files.
   */
  reattach?: LinearModelData;
}

const ORDER = ['tagger', 'moves', 'labels', 'retagger', 'cascade', 'punct', 'reattach'] as const;

const pad4 = (n: number) => (n + 3) & ~3;

export function writeSyntaxModel(header: SyntaxHeader, tables: SyntaxTables): Uint8Array {
  const names = ORDER.filter((name) => tables[name]);
  const meta = names.map((name) => {
    const t = tables[name] as LinearModelData;
    return { name, classes: t.classes, n: t.keys.length, m: t.cls.length, scale: t.scale };
  });
  const json = new TextEncoder().encode(JSON.stringify({ ...header, tables: meta }));
  let size = 4 + pad4(json.length);
  for (const { n, m } of meta) size += 4 * n + pad4(n) + pad4(m) + pad4(2 * m);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  let at = 4 + pad4(json.length);
  for (const name of names) {
    const t = tables[name] as LinearModelData;
    out.set(new Uint8Array(t.keys.buffer, t.keys.byteOffset, t.keys.byteLength), at);
    at += t.keys.byteLength;
    out.set(t.counts, at);
    at += pad4(t.counts.length);
    out.set(t.cls, at);
    at += pad4(t.cls.length);
    out.set(new Uint8Array(t.w.buffer, t.w.byteOffset, t.w.byteLength), at);
    at += pad4(t.w.byteLength);
  }
  return out;
}

export function readSyntaxModel(bytes: Uint8Array): { header: SyntaxHeader; tables: SyntaxTables } {
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < 4) throw new Error('syntax model: file too short');
  const len = view.getUint32(0, true);
  const parsed = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + len))) as SyntaxHeader & {
    tables: {
      name: (typeof ORDER)[number];
      classes: number;
      n: number;
      m: number;
      scale: number;
    }[];
  };
  if (parsed.format !== 'graphwire-syntax' || parsed.version !== 2)
    throw new Error(
      'syntax model: not a graphwire syntax model of version 2 (rebuild it with tools/syntax/build-model.sh)',
    );
  let at = buf.byteOffset + 4 + pad4(len);
  const tables = {} as SyntaxTables;
  for (const t of parsed.tables) {
    const keys = new Uint32Array(buf.buffer, at, t.n);
    at += 4 * t.n;
    const counts = new Uint8Array(buf.buffer, at, t.n);
    at += pad4(t.n);
    const cls = new Uint8Array(buf.buffer, at, t.m);
    at += pad4(t.m);
    const w = new Int16Array(buf.buffer, at, t.m);
    at += pad4(2 * t.m);
    tables[t.name] = { classes: t.classes, keys, counts, cls, w, scale: t.scale };
  }
  if (at - buf.byteOffset !== buf.byteLength)
    throw new Error('syntax model: file size does not match its header');
  const { tables: _, ...header } = parsed;
  return { header, tables };
}
