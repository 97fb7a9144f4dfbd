import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** The gazetteer's name of the district ("D.C.", "DC" and the full name all map to it). */
const DISTRICT = 'District of Columbia';

/**
 * "Washington, D.C.": the district after the comma says which Washington,
 * the city, not the state; the two words are one place, named "Washington,
 * D.C.", and the district is no entity of its own there. A place before
 * ", D.C." that is not Washington ("Georgetown, D.C.") keeps its name and the
 * district its node. Mentions are removed in place; facility indices are kept
 * pointing right. `text` is the document text, for the written form.
 */
export function joinCapitalDistrict(
  tokens: readonly Token[],
  mentions: Mention[],
  text: string,
): void {
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    if (a.name !== 'Washington' || tokens[a.e]?.text !== ',' || a.compound) continue;
    const j = mentions.findIndex((x) => x.s === a.e + 1 && x.name === DISTRICT);
    if (j < 0 || mentions.some((x) => x.facilityOf === j || x.facilityOf === i)) continue;
    const b = mentions[j] as Mention;
    a.e = b.e;
    a.end = b.end;
    a.text = text.slice(a.start, a.end);
    a.name = `Washington, ${(tokens[b.s] as Token).text}`.replace(/\.?$/, '.');
    a.region = undefined;
    a.town = true;
    mentions.splice(j, 1);
    for (const x of mentions) if (x.facilityOf !== undefined && x.facilityOf > j) x.facilityOf--;
    if (j < i) i--;
  }
}
