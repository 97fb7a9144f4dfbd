import { InvalidInputError } from '../../errors.js';
import type { Lexicon, RelationCues } from '../lexicon.js';
import { isRelationType, type RelationType } from '../types.js';
import type { CueIndex, RoleCue, VerbCue } from './types.js';

/** The relation type a key of data/relations.json names; any other key is an error in the data. */
function relationKey(key: string): RelationType {
  if (!isRelationType(key))
    throw new InvalidInputError(
      `data/relations.json: "${key}" is not a relation type of the vocabulary`,
    );
  return key;
}

/** Roles grouped by a key of their words, each group in the list's (longest-first) order. */
function groupRoles(roles: RoleCue[], key: (r: RoleCue) => string): Map<string, RoleCue[]> {
  const out = new Map<string, RoleCue[]>();
  for (const r of roles) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Compiles the cue lexicon for lookup by first word, phrase and head noun. */
export function compileCues(lex: Lexicon): CueIndex {
  const byFirst = new Map<string, VerbCue[]>();
  const add = (phrase: string, rel: RelationType, kind: VerbCue['kind']) => {
    const words = phrase.toLowerCase().split(/\s+/);
    const list = byFirst.get(words[0] as string) ?? [];
    list.push({ words, rel, kind });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0] as string, list);
  };
  const roleMap = new Map<string, RelationType[]>();
  const compounds = new Map<string, RelationType>();
  const nouns = new Map<string, RelationType>();
  for (const [key, c] of Object.entries(lex.cues.relations) as [string, RelationCues][]) {
    const rel = relationKey(key);
    for (const v of c.verbs) add(v, rel, 'verb');
    for (const v of c.movers ?? []) add(v, rel, 'mover');
    for (const r of c.roles) {
      const list = roleMap.get(r) ?? [];
      if (!list.includes(rel)) list.push(rel);
      roleMap.set(r, list);
    }
    for (const k of c.compounds ?? []) compounds.set(k, rel);
    for (const n of c.nouns ?? []) if (!nouns.has(n)) nouns.set(n, rel);
  }
  const roles = [...roleMap.entries()]
    .map(([r, rels]) => {
      const words = r.split(/\s+/);
      return { phrase: words.join(' '), words, rels };
    })
    .sort((a, b) => b.words.length - a.words.length);
  const roleByPhrase = new Map<string, RoleCue>();
  for (const r of roles) if (!roleByPhrase.has(r.phrase)) roleByPhrase.set(r.phrase, r);
  const s = lex.cues.stance;
  return {
    byFirst,
    roles,
    roleByPhrase,
    rolesByFirst: groupRoles(roles, (r) => r.words[0] as string),
    rolesByHead: groupRoles(roles, (r) => r.words[r.words.length - 1] as string),
    compounds,
    nouns,
    attackNouns: new Set(lex.cues.attackNouns),
    agentVerbs: new Set(lex.cues.agentVerbs.map((v) => v.split(/\s+/)[0] as string)),
    speech: new Set(lex.cues.speech),
    forces: new Set(lex.cues.relations.COMMANDED?.forces ?? []),
    personNouns: lex.set('personNouns'),
    stance: {
      negators: new Set(s.negators),
      nearMisses: new Set(s.nearMisses),
      denials: new Set(s.denials),
      planned: new Set(s.planned),
      plannedAux: new Set(s.plannedAux),
      possible: new Set(s.possible),
      alleged: new Set(s.alleged),
    },
  };
}
