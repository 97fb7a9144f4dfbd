import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The sports-and-wire proxy (bench/news-sports): its gold spans are written in
// place in the stories, so its figures hold only if every span, read back
// from the plain text (and from the text with tokens spaced), is the name
// that was marked.
const bench = join(import.meta.dirname, '../../bench/news-sports');
const { unmark, readStories, spaced } = await import(join(bench, 'stories.mjs'));

describe('news-sports stories', () => {
  it('turns marked names into plain text and spans over the same names', () => {
    const s = unmark('{O Leeds} manager {P Harold Bexley} said in {L London}.');
    expect(s.text).toBe('Leeds manager Harold Bexley said in London.');
    expect(
      s.spans.map((g: { start: number; end: number }) => s.text.slice(g.start, g.end)),
    ).toEqual(['Leeds', 'Harold Bexley', 'London']);
    expect(() => unmark('{Q Leeds} won')).toThrow(/Q/);
  });

  it('keeps every span of every part on its name, plain and spaced', () => {
    const sizes: Record<string, number> = {
      'tune.txt': 25,
      'held.txt': 15,
      'tune2.txt': 12,
      'fresh.txt': 12,
    };
    for (const [part, size] of Object.entries(sizes)) {
      const stories = readStories(join(bench, part));
      expect(stories.length).toBe(size);
      for (const s of stories) {
        const names = s.spans.map((g: { start: number; end: number }) =>
          s.text.slice(g.start, g.end),
        );
        const t = spaced(s);
        // "Moody 's Investors Service": spaced, a clitic inside a name stands apart, as CoNLL-2003 writes it.
        expect(
          t.spans.map((g: { start: number; end: number }) =>
            t.text.slice(g.start, g.end).replace(/ 's\b/g, "'s"),
          ),
        ).toEqual(names);
        for (const n of names) expect(n).toMatch(/^\S(?:.*\S)?$/);
      }
    }
  });
});
