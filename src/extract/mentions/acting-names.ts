import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import { firstWordIndex } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Dependency relations of a subject. */
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);

/**
 * A one-word name no dictionary knows, written as a surname ("Sirhan") or an
 * acronym ("OSHA") in the original text: its capital is all that makes it a
 * name. Not a plural of a word ("Donuts"), a word in mixed case ("NZers"), a
 * piece of a word the tokenizer split ("Ze'ev"), or a name with a number ("Avco 5").
 */
function bareName(sc: SentenceContext, m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s !== 1) return false;
  const t = sc.tokens[m.s];
  if (!t?.word || !t.cap) return false;
  // "Based on intelligence inputs, Army arrested X": an institution by its head word alone,
  // capitalised inside the sentence.
  if (institution(sc, m, lex)) return true;
  if (lex.dictionary.has(t.lower) || lex.common.has(t.lower)) return false;
  if (!/^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u.test(m.text)) return false;
  if (t.lower.endsWith('s') && lex.dictionary.has(t.lower.slice(0, -1))) return false;
  const next = sc.tokens[m.s + 1];
  if (next && next.start === t.end && next.word) return false;
  // "the rig Avco 5 was headed": a name with a number is a vessel's or a model's.
  if (/^\d/.test(next?.text ?? '')) return false;
  // "The Donuts were": a surname takes no article (an acronym may: "the CNTP recommends").
  return !(sc.tokens[m.s - 1]?.lower === 'the' && /\p{Ll}/u.test(m.text));
}

/** An institution's word (`institutionWords`) written with a capital inside a sentence: "Army", "Navy". */
function institution(sc: SentenceContext, m: Mention, lex: Lexicon): boolean {
  const t = sc.tokens[m.s];
  if (!t || m.s === firstWordIndex(sc.tokens) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  return lex.set('institutionWords').has(t.lower);
}

/**
 * "Sirhan shot him", "Kravchuk won over 60 percent", "Birand asserts that",
 * "said Epps": a one-word name the rules found and no dictionary knows, that
 * the entity tagger doubted (a lone surname or acronym it never saw), is
 * still a name when the tree makes it the subject of a verb (or of a
 * predicate, "Booth was successful"): it acts, so it is someone or
 * something. The doubt is lifted and the typing model may not raise it
 * again; the type stays the rules' and the models' to decide. Parses only
 * sentences holding such a mention.
 */
export function keepActingNames(sc: SentenceContext, lex: Lexicon): void {
  for (const m of sc.mentions) {
    if (!m.doubtful || !bareName(sc, m, lex)) continue;
    const s = sc.syntax;
    const h = spanHead(s, m.start, m.end);
    const head = s.tokens[h];
    if (!head || !SUBJECTS.has(head.deprel)) continue;
    const up = s.tokens[head.head];
    if (!up) continue;
    const kids = s.tokens.filter((t) => t.head === head.head);
    // "There are UP Govt.": the subject of "there is" is what exists, not who acts.
    if (kids.some((t) => t.deprel === 'expl')) continue;
    if (up.upos !== 'VERB' && !kids.some((t) => t.deprel === 'cop')) continue;
    m.doubtful = undefined;
    m.acts = true;
  }
}
