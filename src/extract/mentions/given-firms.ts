import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { cueWords, firmReading } from './firm-subjects.js';

export const DEFAULTS = {
  /** Mentions of the full name at least: a firm is named in full again, a person by surname. */
  minMentions: 2,
  /**
   * Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X,
   * 43,", "X, the chairman"); a given name and a surname alone give 3.5 to 4.
   */
  surePerson: 6,
  /** Sentences that read the name as a firm's, at least: one "said it would" is anyone's. */
  minReadings: 2,
};

/**
 * "Morgan Stanley said it would cut 200 jobs ... Morgan Stanley shares fell",
 * "Eli Lilly said its sales rose": a firm named after its founders opens with
 * a given name, which keeps `firm-subjects.ts` from it. News names a person
 * in full once, with a title or a role, and then by the surname alone; a firm
 * it names in full each time (or by its first word: "Merrill"). So a Person
 * entity whose name opens with a given name becomes an Organization when it
 * is named `minMentions` times or more, never by its last word alone, never
 * with a title, an appositive's noun or a sure person cue ("Mr.", an age),
 * `minReadings` of its mentions read as a firm's in their sentences (the
 * subject of a firm's verb, the owner of a firm's noun, "said it would", as
 * firm-subjects.ts reads them) and none as a person's ("said he would"). Runs on the
 * resolved entities, after firm-subjects.ts.
 */
export function retypeGivenFirms(
  input: { clusters: readonly Cluster[]; sentences: readonly SentenceContext[] },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  let cues: Set<string> | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length) continue;
    if (c.mentions.length < opts.minMentions) continue;
    const words = c.name.split(/\s+/);
    if (words.length < 2 || !lex.firstNames.has(words[0]?.toLowerCase() ?? '')) continue;
    // "X, the chairman": an appositive's noun (the name's own head word aside).
    const own = new Set(words.map((w) => w.toLowerCase()));
    if (c.nouns.some((n) => !own.has(n))) continue;
    if (!c.mentions.every((m) => unmarked(m, words, opts.surePerson))) continue;
    // "said he would" must be read too: "he" and "she" are cue words here.
    cues ??= new Set([...cueWords(lex), 'he', 'she']);
    let firm = 0;
    for (const m of c.mentions) {
      const reading = firmReading(input.sentences[m.sent], m, lex, cues);
      if (reading === 'person') {
        firm = 0;
        break;
      }
      if (reading === 'firm') firm++;
    }
    if (firm < opts.minReadings) continue;
    c.type = 'Organization';
    c.weak = false;
    for (const m of c.mentions) m.doubtful = undefined;
  }
}

/** No title or sure cue, and not the surname alone ("Stanley said"): a person's later mention. */
function unmarked(m: Mention, words: readonly string[], surePerson: number): boolean {
  if (m.titles.length || m.votes.Person >= surePerson) return false;
  const own = m.name.split(/\s+/);
  return !(own.length === 1 && own[0] === words[words.length - 1]);
}
