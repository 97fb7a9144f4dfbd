import { readFileSync } from 'node:fs';
import { InvalidInputError } from '../../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

/** The kind of group a definite noun may stand for (data/coreference.json, groupNouns). */
export type GroupKind = 'firm' | 'bank';

const KINDS: readonly GroupKind[] = ['firm', 'bank'];

/**
 * The word tables of the coreference passes, read once from
 * data/coreference.json. Words are data: editing a list needs no code, and
 * the extractor stamp covers the file.
 */
export interface CoreferenceWords {
  /** "the company", "the bank": the noun and the kind of group it stands for. */
  groupNouns: ReadonlyMap<string, GroupKind>;
  /** Words of a bank's name ("First Union Bancorp"). */
  bankWords: ReadonlySet<string>;
  /** Words after the noun that make it a group of its own ("the company that ..."). */
  restrictiveAfter: ReadonlySet<string>;
  /** Pronouns that stand for the one entity of their type the sentence before names, when they open a sentence. */
  openingPronouns: ReadonlyMap<string, EntityType>;
  /** Rules that read a name inside a noun phrase ("Acme chairman X"), where no pronoun stands. */
  pronounPhraseRules: ReadonlySet<string>;
  /** Words after an opening "it" that make it stand for nothing ("It is expected", "It rained"). */
  expletiveAfter: ReadonlySet<string>;
}

const FILE = 'data/coreference.json';

function load(): CoreferenceWords {
  const raw = JSON.parse(
    readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const list = (k: string): ReadonlySet<string> => {
    const v = raw[k];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string'))
      throw new InvalidInputError(`${FILE}: "${k}" must be a list of words`);
    return new Set(v.map((w) => (w as string).toLowerCase()));
  };
  const nouns = new Map<string, GroupKind>();
  for (const [w, kind] of Object.entries((raw.groupNouns ?? {}) as Record<string, unknown>)) {
    if (!KINDS.includes(kind as GroupKind))
      throw new InvalidInputError(`${FILE}: group noun "${w}" names an unknown kind "${kind}"`);
    nouns.set(w, kind as GroupKind);
  }
  const pronouns = new Map<string, EntityType>();
  for (const [w, type] of Object.entries((raw.openingPronouns ?? {}) as Record<string, unknown>)) {
    if (!ENTITY_TYPES.includes(type as EntityType))
      throw new InvalidInputError(`${FILE}: pronoun "${w}" names an unknown entity type "${type}"`);
    pronouns.set(w, type as EntityType);
  }
  return {
    groupNouns: nouns,
    bankWords: list('bankWords'),
    restrictiveAfter: list('restrictiveAfter'),
    openingPronouns: pronouns,
    expletiveAfter: list('expletiveAfter'),
    pronounPhraseRules: list('pronounPhraseRules'),
  };
}

export const COREF_WORDS: CoreferenceWords = load();
