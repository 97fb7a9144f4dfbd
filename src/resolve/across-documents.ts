import type { DocExtraction, EntityType } from '../extract/types.js';
import { normalizeName } from './normalize.js';

/** Where one document's entity goes in the graph. */
export type Assignment = Map<string, Map<string, string>>;

export function nodeKey(type: EntityType, name: string): string {
  return `${type}:${normalizeName(name)}`;
}

/**
 * Decides one node per real entity across documents. Entities merge on type
 * and normalized name or alias; a one-word name (a surname re-mention in
 * another article) joins the single multi-word node of that type whose last
 * word it is, and stays apart when that is ambiguous. Pure and
 * order-independent: the same extractions give the same keys in any order.
 */
export function resolveAcrossDocuments(extractions: readonly DocExtraction[]): Assignment {
  const fullNames = new Map<string, Set<string>>(); // `${type}:${lastWord}` -> keys of multi-word names
  const aliasOf = new Map<string, Set<string>>(); // alias key -> primary keys
  for (const ext of extractions) {
    for (const e of ext.entities) {
      const key = nodeKey(e.type, e.name);
      const norm = normalizeName(e.name);
      const words = norm.split(' ');
      if (words.length > 1) {
        const k = `${e.type}:${words[words.length - 1]}`;
        let set = fullNames.get(k);
        if (!set) fullNames.set(k, (set = new Set()));
        set.add(key);
      }
      for (const a of e.aliases) {
        const ak = nodeKey(e.type, a);
        if (ak === key) continue;
        let set = aliasOf.get(ak);
        if (!set) aliasOf.set(ak, (set = new Set()));
        set.add(key);
      }
    }
  }
  const out: Assignment = new Map();
  for (const ext of extractions) {
    const local = new Map<string, string>();
    for (const e of ext.entities) {
      let key = nodeKey(e.type, e.name);
      const norm = normalizeName(e.name);
      const viaAlias = aliasOf.get(key);
      if (viaAlias && viaAlias.size === 1) key = [...viaAlias][0] as string;
      else if (!norm.includes(' ') && e.type === 'Person') {
        const full = fullNames.get(`${e.type}:${norm}`);
        if (full && full.size === 1) key = [...full][0] as string;
      }
      local.set(e.id, key);
    }
    out.set(ext.doc.id, local);
  }
  return out;
}
