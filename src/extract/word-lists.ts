import { createRequire } from 'node:module';

/**
 * The words the extractor takes from compromise's lexicon (its word list only;
 * no parsing).
 */
export interface CompromiseWords {
  /** Lower-cased given names. */
  firstNames: string[];
  /** Lower-cased surnames. */
  lastNames: string[];
  /** Words compromise knows as (parts of) people's names, beyond given names and surnames. */
  personWords: string[];
  /** Common words compromise knows as non-names (verbs, adjectives, ...). */
  common: string[];
  /** Places and organisations, in the lexicon's order (the gazetteer keeps a form's first entry). */
  named: [word: string, type: 'Location' | 'Organization'][];
}

/** compromise's lexicon: word -> tag or tags. */
export type CompromiseLexicon = Record<string, string | string[]>;

const require = createRequire(import.meta.url);

/** The words, from compromise's lexicon. */
export function compromiseWords(): CompromiseWords {
  return deriveWords(compromiseLexicon());
}

/** The one place the words are chosen. */
export function deriveWords(lexicon: CompromiseLexicon): CompromiseWords {
  const out: CompromiseWords = {
    firstNames: [],
    lastNames: [],
    personWords: [],
    common: [],
    named: [],
  };
  for (const [w, t] of Object.entries(lexicon)) {
    const tags = Array.isArray(t) ? t : [t];
    const has = (x: string) => tags.includes(x);
    if (has('Person') || has('Honorific')) out.personWords.push(w);
    if (has('FirstName') || has('MaleName') || has('FemaleName')) out.firstNames.push(w);
    else if (has('LastName')) out.lastNames.push(w);
    else if (has('City') || has('Region') || has('Place') || has('Country'))
      out.named.push([w, 'Location']);
    else if (has('Organization') || has('SportsTeam')) out.named.push([w, 'Organization']);
    else if (!has('ProperNoun') && !has('Person') && !has('Demonym') && !w.includes(' '))
      out.common.push(w);
  }
  return out;
}

function compromiseLexicon(): CompromiseLexicon {
  const nlp = require('compromise') as { model(): { one: { lexicon: CompromiseLexicon } } };
  return nlp.model().one.lexicon;
}
