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
