/**
 * Lexicon classes for the tagger: for each word of compromise's lexicon (a
 * maintained English lexicon, MIT, outside the treebank), one value standing
 * for the set of coarse tags compromise allows it, with the "switch" it
 * marks words of two parts of speech with ("Noun|Verb" for "beat"). Unlike
 * ambiguity classes from the treebank, they cannot give a training word's tag
 * away, and they cover words the treebank never saw. Built at training time
 * and written into the model header, so the extractor stamp covers them.
 */
import nlp from 'compromise';
import { hashString } from '../../src/extract/syntax/hash.js';

/**
 * compromise's tags, most specific first, and the coarse tag each stands for.
 * A word's first matching tag (its own or a parent's in compromise's tag set)
 * decides; kinds of names collapse into one, verb forms stay apart.
 */
const COARSE: readonly (readonly [string, string])[] = [
  ['Copula', 'COP'],
  ['Modal', 'MD'],
  ['Auxiliary', 'AUX'],
  ['Participle', 'VBN'],
  ['Gerund', 'VBG'],
  ['Infinitive', 'VB'],
  ['Imperative', 'VB'],
  ['PastTense', 'VBD'],
  ['PresentTense', 'VBZ'],
  ['Particle', 'RP'],
  ['Verb', 'V'],
  ['Superlative', 'JJS'],
  ['Comparative', 'JJR'],
  ['Adjective', 'JJ'],
  ['Negative', 'NEG'],
  ['Adverb', 'RB'],
  ['Preposition', 'IN'],
  ['Conjunction', 'CC'],
  ['Determiner', 'DT'],
  ['QuestionWord', 'WH'],
  ['Condition', 'COND'],
  ['There', 'EX'],
  ['Reflexive', 'PRPSELF'],
  ['Possessive', 'POSS'],
  ['Pronoun', 'PRP'],
  ['Demonym', 'DEMONYM'],
  ['Honorific', 'HON'],
  ['Date', 'DATE'],
  ['Ordinal', 'ORD'],
  ['Value', 'NUM'],
  ['Unit', 'UNIT'],
  ['Currency', 'CUR'],
  ['ProperNoun', 'NAME'],
  ['Plural', 'NNS'],
  ['Noun', 'NN'],
  ['Abbreviation', 'ABBR'],
  ['Expression', 'UH'],
  ['Emoticon', 'EMO'],
];

/** The coarse tag of one compromise tag, through its parents; undefined for tags of no weight. */
function coarse(tag: string, parents: ReadonlyMap<string, readonly string[]>): string | undefined {
  const all = new Set([tag, ...(parents.get(tag) ?? [])]);
  for (const [t, c] of COARSE) if (all.has(t)) return c;
  return undefined;
}

/** Each lexicon word's class as text ("NN VB" style, then the switch): for inspection and tests. */
export function lexiconClassNames(): Map<string, string> {
  const model = nlp.model() as unknown as {
    one: {
      lexicon: Record<string, string | string[]>;
      tagSet: Record<string, { parents?: string[] }>;
    };
    two: { switches: Record<string, string> };
  };
  const parents = new Map(
    Object.entries(model.one.tagSet).map(([t, v]) => [t, v.parents ?? []] as const),
  );
  const sets = new Map<string, Set<string>>();
  const add = (w: string, c: string) => {
    if (w.includes(' ')) return;
    let s = sets.get(w);
    if (!s) sets.set(w, (s = new Set()));
    s.add(c);
  };
  for (const [w, v] of Object.entries(model.one.lexicon)) {
    const tags = (Array.isArray(v) ? v : [v]).filter((t) => t !== 'PhrasalVerb');
    for (const t of tags.length ? tags : ['Verb']) {
      const c = coarse(t, parents);
      if (c) add(w, c);
    }
  }
  for (const [w, sw] of Object.entries(model.two.switches)) add(w, `switch:${sw}`);
  // Every form of every verb: the lexicon keeps one tag a word, so "drew" is
  // a name there, not also the past of "draw".
  // So does a noun that compromise marks as also a verb ("rise", "fall": its
  // switch "Noun|Verb"), or "rose" is a flower alone.
  const verbs = new Set(
    Object.entries(model.two.switches)
      .filter(([, sw]) => sw === 'Noun|Verb')
      .map(([w]) => w),
  );
  for (const [w, v] of Object.entries(model.one.lexicon))
    if (((Array.isArray(v) ? v : [v]).includes('Infinitive') || verbs.has(w)) && !w.includes(' '))
      for (const forms of nlp(w).verbs().conjugate() as Record<string, string>[])
        for (const [form, c] of VERB_FORMS) {
          // compromise names a participle only where it is not the past tense.
          const f = forms[form] ?? (form === 'Participle' ? forms.PastTense : undefined);
          if (f && !f.includes(' ')) add(f, c);
        }
  // A name is written with a capital: the word as written keeps every tag,
  // lower-cased it keeps the others ("Drew" may be a name, "drew" is a verb).
  const out = new Map<string, string>();
  for (const [w, s] of sets) {
    const all = [...s].sort();
    const common = [
      ...new Set(all.map((c) => NAME_SWITCH[c] ?? c).filter((c) => !NAMES.test(c))),
    ].sort();
    if (common.length) out.set(w, common.join(' '));
    if (common.length < all.length && /^[a-z]/.test(w))
      out.set(w[0]?.toUpperCase() + w.slice(1), all.join(' '));
  }
  return out;
}

/** The forms compromise conjugates a verb into, and their coarse tags. */
const VERB_FORMS = [
  ['PastTense', 'VBD'],
  ['Participle', 'VBN'],
  ['PresentTense', 'VBZ'],
  ['Gerund', 'VBG'],
] as const;

/**
 * Switches between a name and another part of speech, and that other part
 * (a name-or-verb leaves the verb to its conjugated forms: "drew" is a past tense).
 */
const NAME_SWITCH: Record<string, string> = {
  'switch:Person|Noun': 'NN',
  'switch:Person|Adj': 'JJ',
  'switch:Person|Date': 'DATE',
};

/** The coarse tags and switches that say a word may be a name. */
const NAMES = /^(NAME|HON)$|Person|Place/;

/** Each lexicon word and the value of its class (never 0, which stands for no class). */
export function lexiconClasses(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, c] of lexiconClassNames()) out.set(w, hashString(`lex ${c}`) || 1);
  return out;
}
