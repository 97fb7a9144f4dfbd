import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { angleClose } from './bracketed-firm.js';

/** Organization votes for a shorter mention of a firm the document names in full. */
export const FIRM_ECHO_VOTE = 3;

/** A sentence's tokens and the names found in it. */
export interface NamedSentence {
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

/**
 * "Chrysler Motors Corp ... Chrysler said": once a document names a firm by
 * its form (a suffix, a ticker, a firm's possessive, angle brackets), that
 * name, its first words and its last word alone (unless a company word) name
 * the firm too, wherever they stand, and
 * the learned typing pass does not make them a person; a town's name
 * does too where a firm may stand (`townAsFirm`). So does a name in
 * parentheses right after the firm ("The Adelaide Steamship Co Ltd
 * <ADSA.S> (Adsteam)"). A first word that is a given name ("Walt") does not
 * count alone.
 */
export function echoFirmNames(sents: readonly NamedSentence[], lex: Lexicon): void {
  const firms = new Set<string>();
  // Forms shorter than a firm's name in full: "Gilmore" of "Gilmore Brothers Holdings".
  const shorter = new Set<string>();
  for (const { tokens, mentions } of sents)
    for (const m of mentions) {
      if (!m.firm) continue;
      const words = wordsOf(m.name);
      for (let n = 1; n <= words.length; n++) {
        if (n === 1 && words.length > 1 && lex.firstNames.has(words[0] as string)) continue;
        firms.add(words.slice(0, n).join(' '));
        if (n < words.length) shorter.add(words.slice(0, n).join(' '));
      }
      // "Regie Nationale des Usines Renault <RENA.PA> ... Renault said": a firm's last word,
      // unless it is a company word ("Corp", "Industries") that names nothing alone.
      // "E.F. Hutton Group Inc ... Hutton said": so does the last word before the company words.
      let end = words.length;
      while (end > 1 && companyWord(words[end - 1] as string, lex)) end--;
      const last = words[end - 1] as string;
      if (end > 1 && (end === words.length || !lex.dictionary.has(last))) {
        firms.add(last);
        shorter.add(last);
      }
      const alias = aliasAfter(tokens, mentions, m);
      if (alias) firms.add(wordsOf(alias.name).join(' '));
    }
  if (!firms.size) return;
  for (const { tokens, mentions } of sents)
    for (const m of mentions) {
      // "Gilmore chairman X": a short form another rule made a firm is still one the document named.
      if (m.firm && shorter.has(wordsOf(m.name).join(' '))) m.echoed = true;
      // "GENERAL BINDING <GBND> ... General Binding Corp": an opener read as a title is the firm's.
      if (m.titles.length) {
        if (openerEcho(tokens, m, firms, lex)) echoFirm(m, shorter);
        continue;
      }
      if (m.firm) continue;
      const opened = openerEcho(tokens, m, firms, lex);
      if ((m.fixed || m.town) && !opened && !townAsFirm(tokens, m, lex)) continue;
      if (!firms.has(wordsOf(m.name).join(' '))) continue;
      if (m.fixed || m.town) {
        // "Rocky Mount Undergarment Co Inc ... Rocky Mount sued": the firm, not the town.
        m.fixed = undefined;
        m.town = false;
        m.votes.Location = 0;
      }
      echoFirm(m, shorter);
    }
}

/** Marks `m` a short form of a firm the document names in full. */
function echoFirm(m: Mention, shorter: ReadonlySet<string>): void {
  m.firm = true;
  m.echoed = shorter.has(wordsOf(m.name).join(' '));
  m.votes.Organization += FIRM_ECHO_VOTE;
  // "Merrill Lynch and Co <MER> ... Merrill Lynch said": the firm's name outweighs a given name in it.
  if (m.votes.Organization <= m.votes.Person) m.votes.Organization = m.votes.Person + 1;
}

/**
 * "First Pennsylvania Corp ... but First Pennsylvania already offers": a
 * common word that opens the firm's name (`companyOpeners`: "First",
 * "General") is read as a word before its short form, which then names a
 * place ("Pennsylvania"); where the document names the firm in full, the
 * mention takes the opener back. Returns whether it did.
 */
function openerEcho(
  tokens: readonly Token[],
  m: Mention,
  firms: ReadonlySet<string>,
  lex: Lexicon,
): boolean {
  const opener = tokens[m.s - 1];
  const first = tokens[m.s];
  if (!opener?.cap || !first || opener.end + 1 !== first.start) return false;
  if (m.outer < m.s && !openerTitle(tokens, m, lex)) return false;
  if (!lex.set('companyOpeners').has(opener.lower)) return false;
  const words = [
    opener.lower,
    ...wordsOf(
      tokens
        .slice(m.s, m.e)
        .map((t) => t.text)
        .join(' '),
    ),
  ];
  if (!firms.has(words.join(' '))) return false;
  m.s--;
  m.outer = m.s;
  m.titles = [];
  m.title = undefined;
  m.start = opener.start;
  m.text = `${opener.text} ${m.text}`;
  m.name = `${opener.text} ${m.name}`;
  m.fixed = undefined;
  m.town = false;
  m.country = false;
  m.region = false;
  m.votes.Location = 0;
  return true;
}

/** The mention's one title is the word right before it, and that word opens firms' names. */
function openerTitle(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  const opener = tokens[m.s - 1];
  return (
    m.titles.length === 1 &&
    m.outer === m.s - 1 &&
    opener !== undefined &&
    m.titles[0]?.toLowerCase() === opener.lower &&
    lex.set('companyOpeners').has(opener.lower)
  );
}

/** Words before a town that keep it a place though a firm bears its name. */
const PLACE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'outside',
  'into',
  'around',
  'across',
]);

/**
 * A town only a gazetteer of towns names (no country, state or curated
 * place), standing where a firm may stand: not after a place preposition,
 * not before a comma ("Rocky Mount, N.C.", a dateline), not modifying a noun
 * ("Dallas-based").
 */
function townAsFirm(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if ((m.fixed ?? 'Location') !== 'Location' || m.country || m.region || m.compound) return false;
  const w = m.name.toLowerCase();
  if (!lex.towns.has(w) || lex.known.get(w)?.curated) return false;
  if (PLACE_BEFORE.has(tokens[m.s - 1]?.lower ?? '')) return false;
  return tokens[m.e]?.text !== ',' && tokens[m.e]?.text !== '-';
}

/** The name in parentheses after firm `m`, past its ticker if any: "X Co Ltd <XCO.S> (Xco)". */
function aliasAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
): Mention | undefined {
  let k = m.e;
  const close = angleClose(tokens, k);
  if (close > k) k = close + 1;
  // "<Banco do Estado de Sao Paulo> (Banespa)": past the bracket the firm's name closes.
  else if (tokens[k]?.text === '>') k++;
  if (tokens[k]?.text !== '(') return undefined;
  const a = mentions.find((x) => x.s === k + 1);
  return a && tokens[a.e]?.text === ')' && !a.fixed ? a : undefined;
}

function companyWord(w: string, lex: Lexicon): boolean {
  return lex.set('bareHeads').has(w) || lex.set('companySuffixes').has(w);
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => w);
}
