// Reads the sports-and-wire proxy's stories: "=== id" opens a story; its
// text follows, one line a headline, dateline, sentence or table row, with
// each annotated name written in place as "{O name}" (organisation),
// "{P name}" (person), "{L name}" (place) or "{X name}" (left out of the
// scoring: neither gold nor a false positive). The text extraction sees is
// the story with the braces and type letters removed.
import { readFileSync } from 'node:fs';

const TYPE = { O: 'Organization', P: 'Person', L: 'Location', X: 'IGNORE' };
const MARK = /\{([A-Z]) ([^{}]+)\}/g;

/** One story's marked text to its plain text and its spans `{start, end, type}`. */
export function unmark(marked) {
  const spans = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const type = TYPE[m[1]];
    if (!type) throw new Error(`unknown type letter ${m[1]} in "${m[0]}"`);
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2].length, type });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/[{}]/.test(text))
    throw new Error(`unbalanced braces near "${text.slice(text.search(/[{}]/), 40)}"`);
  return { text, spans };
}

/** Every story of a file written as above: `{ id, text, spans }`. */
export function readStories(path) {
  const stories = [];
  for (const chunk of readFileSync(path, 'utf8').split(/^=== /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const id = chunk.slice(0, nl).trim();
    stories.push({ id, ...unmark(chunk.slice(nl + 1).trim()) });
  }
  return stories;
}

/**
 * The story as the CoNLL-2003 files give it when their tokens are joined by
 * spaces: "Newcastle 's title", "( Germany )", "said on Friday ." Spans keep
 * covering the same characters.
 */
export function spaced({ id, text, spans }) {
  const at = new Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? '\n';
    const next = text[i + 1] ?? '\n';
    // A space before a closing mark, a clitic or a final stop; after an opening mark.
    const before =
      /[,;:)"]/.test(c) && !/\d/.test(next === ' ' ? '' : next)
        ? true
        : c === "'" && /s\b/.test(text.slice(i + 1, i + 3)) && /\w/.test(prev)
          ? true
          : c === '.' &&
            /\s/.test(next) &&
            /[a-z0-9)]/.test(prev) &&
            !/\b[A-Z][a-z]?$/.test(text.slice(i - 2, i));
    if (before && !/\s/.test(prev)) out += ' ';
    at[i] = out.length;
    out += c;
    if (/[("]/.test(c) && !/\s/.test(next) && (c === '(' || /\s/.test(prev) || i === 0)) out += ' ';
  }
  at[text.length] = out.length;
  return {
    id,
    text: out,
    spans: spans.map((s) => ({ ...s, start: at[s.start], end: at[s.end - 1] + 1 })),
  };
}
