import { describe, expect, it } from 'vitest';
import type { MentionRow } from '../../../src/store/neo4j/rows.js';
import { mentionsByArticle } from '../../../src/store/neo4j/write.js';

const mention = (doc: string, key: string): MentionRow => ({
  doc,
  key,
  type: 'Person',
  ordinal: 0,
  name: key,
  nameWords: 1,
  nameLength: key.length,
  aliases: [],
  titles: [],
  mentionText: [key],
  mentionStart: [0],
  mentionEnd: [key.length],
});

describe('mentionsByArticle', () => {
  it('looks each article up once: its mentions travel together, none lost or repeated', () => {
    const rows = [
      mention('b', 'Person:x'),
      mention('a', 'Person:x'),
      mention('a', 'Person:y'),
      mention('c', 'Person:y'),
      mention('b', 'Person:z'),
    ];
    const parts = mentionsByArticle(rows, 1000);
    expect(parts).toHaveLength(1);
    const groups = parts[0] ?? [];
    expect(groups.map((g) => g.doc).sort()).toEqual(['a', 'b', 'c']);
    expect(groups.find((g) => g.doc === 'b')?.mentions.map((m) => m.key)).toEqual([
      'Person:x',
      'Person:z',
    ]);
    expect(groups.flatMap((g) => g.mentions)).toHaveLength(rows.length);
  });

  it('cuts chunks of about `chunk` mentions without splitting an article', () => {
    const rows = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'd', 'd', 'd'].map((d, i) =>
      mention(d, `Person:${i}`),
    );
    const parts = mentionsByArticle(rows, 4);
    const sizes = parts.map((p) => p.reduce((n, g) => n + g.mentions.length, 0));
    // An article bigger than the chunk gets a chunk of its own.
    expect(sizes).toEqual([3, 3, 4]);
    const docs = parts.flatMap((p) => p.map((g) => g.doc));
    expect(new Set(docs).size).toBe(docs.length);
  });
});
