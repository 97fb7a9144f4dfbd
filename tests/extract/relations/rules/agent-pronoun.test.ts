import { describe, expect, it } from 'vitest';
import { bornPlace } from '../../../../src/extract/relations/rules/born-place.js';
import { verbPreposition } from '../../../../src/extract/relations/rules/verb-preposition.js';
import { runRule } from '../helpers.js';

// agentName (relations/tree.ts): a subject "he"/"she" with no named person subject above
// stands for the one person the sentence names before it.
describe('a subject pronoun read as the one person named before it in its sentence', () => {
  it('reads "he" as the only person before it when the subject above is no person', () => {
    expect(
      runRule(
        bornPlace,
        "The Ashby Herald counted Ed Kane among the town's famous sons, though he was born in Elm Grove.",
      ).relations,
    ).toEqual(['Ed Kane LIVES_IN Elm Grove']);
  });

  it('reads nothing when two people stand before it', () => {
    expect(
      runRule(
        bornPlace,
        "The Ashby Herald counted Ed Kane and Ruth Dale among the town's famous sons, though he was born in Elm Grove.",
      ).relations,
    ).toEqual([]);
  });

  it('reads nothing when a common noun subject above may be whom it means', () => {
    expect(
      runRule(verbPreposition, "Ed Kane's lawyer said he lived in Elm Grove for ten years.")
        .relations,
    ).toEqual([]);
  });
});
