import { noLower } from './case-words.js';
import type { TruecaseOptions } from './truecase.js';

/** A word of a caseless stretch: its text as written, lower-cased, and where it lies. */
interface CasedWord {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/**
 * "OPEC SAYS OUTPUT STEADY", "SEC SUES DORVEL" over a story that never writes
 * the acronym: a short word in capitals, no dictionary word ("AIDS") and no
 * group's head or title ("TV", "CEO"), keeps its capitals where a word list
 * knows it as a group's name (OPEC) or the story spells it out (the
 * Securities and Exchange Commission); "U.S. CPI RISES" over "consumer
 * prices" stays lower case.
 */
export function acronymForm(
  out: string[],
  w: CasedWord,
  { lex, model }: TruecaseOptions,
  spelled?: (lower: string) => boolean,
): string | undefined {
  if (!ACRONYM.test(w.text) || lex.dictionary.has(w.lower)) return undefined;
  // "ALCAN (AL) TO CLOSE SMELTER": a ticker in brackets.
  if (out[w.start - 1] === '(' && out[w.end] === ')') return undefined;
  if (lex.set('orgHeads').has(w.lower) || lex.set('titles').has(w.lower)) return undefined;
  // A word list's group of three letters ("AMC", "KLM"); a longer one only where the trained
  // table writes it in capitals ("OPEC", not "MOBIL").
  const known = lex.known.get(w.lower);
  const listed =
    known?.type === 'Organization' &&
    !known.curated &&
    (w.text.length <= 3 || model.forms.get(w.lower) === w.text);
  return listed || spelled?.(w.lower) ? w.text : undefined;
}

/** Small words an acronym skips: "Securities and Exchange Commission" is SEC. */
const ACRONYM_SKIPS = new Set(['and', 'of', 'for', 'the', '&']);

/**
 * The acronyms the text spells out: the initials of each run of capitalised
 * words (a dotted abbreviation gives all its letters: "U.S. Department of
 * Agriculture" is USDA), from every word of a run on. Computed when first asked.
 */
export function initialsOf(text: string): (lower: string) => boolean {
  let found: Set<string> | undefined;
  return (lower) => {
    if (!found) {
      found = new Set();
      for (const line of text.split(/\n\s*\n/)) {
        // Headlines are what is asked about: only mixed-case text spells out.
        if (noLower(line)) continue;
        let run: string[] = [];
        const close = () => {
          for (let a = 0; a < run.length; a++) {
            let acc = '';
            for (let b = a; b < run.length && acc.length < 6; b++) {
              acc += run[b];
              if (b > a) (found as Set<string>).add(acc);
            }
          }
          run = [];
        };
        for (const m of line.matchAll(/\S+/g)) {
          const t = m[0].replace(/^[("“']+|[)"”',;:]+$/g, '');
          if (/^(?:\p{Lu}\.)+$/u.test(t)) run.push(t.replace(/\./g, '').toLowerCase());
          else if (/^\p{Lu}/u.test(t)) run.push((t[0] as string).toLowerCase());
          else if (run.length && ACRONYM_SKIPS.has(t)) continue;
          else close();
        }
        close();
      }
    }
    return found.has(lower);
  };
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
