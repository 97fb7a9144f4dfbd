import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSyntax } from '../../../src/eval/syntax.js';
import { readConllu } from '../../../src/extract/syntax/conllu.js';
import { parseText, type SentenceSyntax } from '../../../src/extract/syntax/index.js';
import { loadSyntaxModel, SyntaxAnalyser } from '../../../src/extract/syntax/model.js';
import { spanHead, tokenAt } from '../../../src/extract/syntax/tree.js';
import { sharedDir } from '../../helpers/cli.js';

/** The sentence parsed alone. */
function parse(text: string): SentenceSyntax {
  const [s] = parseText(text, { lines: true });
  if (!s) throw new Error('no sentence');
  return s;
}

/** "word <-label- head" for the first token written `word`. */
function arc(s: SentenceSyntax, word: string): string {
  const t = s.tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word}`);
  const head = t.head < 0 ? 'ROOT' : s.tokens[t.head]?.text;
  return `${word} <-${t.deprel}- ${head}`;
}

describe('the dependency parse of sentences relation rules read', () => {
  it('a passive with a by-agent: the patient is nsubj:pass, the agent obl:agent', () => {
    const s = parse('The convoy was attacked by rebels near the border.');
    expect(arc(s, 'attacked')).toBe('attacked <-root- ROOT');
    expect(arc(s, 'convoy')).toBe('convoy <-nsubj:pass- attacked');
    expect(arc(s, 'rebels')).toBe('rebels <-obl:agent- attacked');
    expect(arc(s, 'by')).toBe('by <-case- rebels');
  });

  it('a relative clause hangs off the noun it describes, which keeps its own role', () => {
    const s = parse('Police arrested the man who shot the guard.');
    expect(arc(s, 'shot')).toBe('shot <-acl:relcl- man');
    expect(arc(s, 'who')).toBe('who <-nsubj- shot');
    expect(arc(s, 'man')).toBe('man <-obj- arrested');
    expect(arc(s, 'guard')).toBe('guard <-obj- shot');
  });

  it('an apposition names the role of the name before it', () => {
    const s = parse('Maria Lopez, the mayor of the city, opened the bridge.');
    expect(arc(s, 'mayor')).toBe('mayor <-appos- Maria');
    expect(arc(s, 'Maria')).toBe('Maria <-nsubj- opened');
    expect(arc(s, 'city')).toBe('city <-nmod- mayor');
  });

  it("a possessive 's is its own token and marks its owner nmod:poss", () => {
    const s = parse("Sweden's government announced new taxes.");
    expect(s.tokens.map((t) => t.text).slice(0, 3)).toEqual(['Sweden', "'s", 'government']);
    expect(arc(s, 'Sweden')).toBe('Sweden <-nmod:poss- government');
    expect(arc(s, 'government')).toBe('government <-nsubj- announced');
  });

  it('two coordinated subjects: the second is conj of the first', () => {
    const s = parse('The president and his deputy visited the flooded towns.');
    expect(arc(s, 'president')).toBe('president <-nsubj- visited');
    expect(arc(s, 'deputy')).toBe('deputy <-conj- president');
    expect(arc(s, 'towns')).toBe('towns <-obj- visited');
  });

  it('reported speech: the speaker is the subject of said, not of the verb inside', () => {
    const s = parse('Police said that gunmen killed two guards.');
    expect(arc(s, 'said')).toBe('said <-root- ROOT');
    expect(arc(s, 'Police')).toBe('Police <-nsubj- said');
    expect(arc(s, 'killed')).toBe('killed <-ccomp- said');
    expect(arc(s, 'gunmen')).toBe('gunmen <-nsubj- killed');
  });

  it("a negated verb keeps its negation as a dependent (did n't, not)", () => {
    const s = parse("The rebels didn't attack the town.");
    expect(s.tokens.map((t) => t.text)).toContain("n't");
    expect(arc(s, "n't")).toBe("n't <-advmod- attack");
    expect(arc(s, 'rebels')).toBe('rebels <-nsubj- attack');
    const t = parse('The army did not enter the camp.');
    expect(arc(t, 'not')).toBe('not <-advmod- enter');
  });
});

describe('parse output', () => {
  it('every token is the text at its offsets, and each sentence has one root', () => {
    const text =
      'Gunmen attacked a bus on Tuesday.  Officials in Kabul said 12 people died.\n\nNo group claimed it.';
    const sents = parseText(text);
    expect(sents).toHaveLength(3);
    for (const s of sents) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(s.tokens.filter((t) => t.head === -1)).toHaveLength(1);
      for (const t of s.tokens) expect(t.head).toBeLessThan(s.tokens.length);
    }
  });

  it('finds the token at an offset and the head word of a name', () => {
    const text = 'The new mayor of New York spoke.';
    const [s] = parseText(text);
    if (!s) throw new Error('no sentence');
    expect(s.tokens[tokenAt(s, text.indexOf('York') + 1)]?.text).toBe('York');
    expect(tokenAt(s, text.indexOf(' spoke'))).toBe(-1);
    const start = text.indexOf('New York');
    const head = s.tokens[spanHead(s, start, start + 'New York'.length)];
    expect(head?.deprel).toBe('nmod');
  });
});

describe('the shipped model', () => {
  it('keeps its attachment score on a fixed slice of EWT dev above a floor', () => {
    const file = join(sharedDir, 'benchmarks/ud-english-ewt/en_ewt-ud-dev.conllu');
    const sents = readConllu(readFileSync(file, 'utf8')).slice(0, 400);
    const model = loadSyntaxModel();
    const a = new SyntaxAnalyser(model);
    const s = scoreSyntax(sents, model, (w) => a.analyse(w));
    expect(s.words).toBeGreaterThan(4000);
    expect(s.upos).toBeGreaterThan(0.93);
    expect(s.uas).toBeGreaterThan(0.8);
    expect(s.las).toBeGreaterThan(0.76);
  });
});
