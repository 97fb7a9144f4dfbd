import type { Lexicon } from '../lexicon.js';
import type { Mention } from '../types.js';

/** Organization votes for a shorter mention of a firm the document names in full. */
export const FIRM_ECHO_VOTE = 3;

/**
 * "Chrysler Motors Corp ... Chrysler said": once a document names a firm by
 * its form (a suffix, a ticker, a firm's possessive), its first words alone
 * name the firm too, wherever they stand, and the learned typing pass does
 * not make them a person. A first word that is a given name ("Walt") does
 * not count alone.
 */
export function echoFirmNames(mentions: readonly Mention[], lex: Lexicon): void {
  const firms = new Set<string>();
  for (const m of mentions) {
    if (!m.firm) continue;
    const words = wordsOf(m.name);
    if (words.length < 2) continue;
    for (let n = 1; n < words.length; n++) {
      if (n === 1 && lex.firstNames.has(words[0] as string)) continue;
      firms.add(words.slice(0, n).join(' '));
    }
  }
  if (!firms.size) return;
  for (const m of mentions) {
    if (m.firm || m.fixed || m.titles.length) continue;
    if (!firms.has(wordsOf(m.name).join(' '))) continue;
    m.firm = true;
    m.votes.Organization += FIRM_ECHO_VOTE;
  }
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => w);
}
