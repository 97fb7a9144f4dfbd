import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "Chief Justice Earl Warren", "the Rev. Jesse Jackson", "Texas Gov. John
 * Connally": a person written with a title (and the place or body the title
 * is of) keeps that written form as an alias, beside the name without it
 * and the title in `titles`. The place stays a node of its own. `text` is the
 * document text the tokens point into.
 */
export function keepTitledForms(tokens: readonly Token[], mentions: Mention[], text: string): void {
  for (const m of mentions) {
    if (!m.titles.length || m.outer >= m.s) continue;
    const top = Math.max(m.votes.Organization, m.votes.Location);
    if (m.votes.Person <= top) continue;
    const from = tokens[m.outer];
    if (!from) continue;
    const forms: string[] = [text.slice(from.start, m.end)];
    const of = m.titleOf;
    if (of && of.e === m.outer) forms.push(text.slice(of.start, m.end));
    for (const f of forms) {
      const form = f.replace(/\s+/g, ' ');
      if (!(m.forms ??= []).includes(form)) m.forms.push(form);
    }
  }
}
