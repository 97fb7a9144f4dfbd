import { stripControl } from './decode.js';

/**
 * The reading order of a PDF page from where its text sits, not from the
 * order the page draws it: many PDFs draw a two-column page row by row, so
 * drawing order interleaves the columns line by line.
 *
 * Text items become line segments (items on one baseline, no wider apart
 * than a word gap). The segments are then cut recursively, XY-cut style:
 * along a vertical band no segment crosses (a gutter: the left side is read
 * before the right), else along the widest horizontal band free of text (the
 * upper side first). What cannot be cut is one block, read top to bottom. A
 * title over two columns crosses the gutter, so it is cut off first and the
 * columns below are then read one after the other.
 */

export interface LayoutOptions {
  /** A horizontal gap wider than this many text heights splits a baseline into two segments. */
  wordGap?: number;
  /** A vertical band free of text at least this many text heights wide separates columns. */
  columnGap?: number;
  /** A horizontal band free of text at least this many text heights tall separates blocks. */
  bandGap?: number;
}

export const DEFAULTS: Required<LayoutOptions> = {
  wordGap: 1.2,
  columnGap: 1,
  bandGap: 0.6,
};

/** A text item as PDF.js gives it (`getTextContent`). */
export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** One line of a page in reading order: its text, baseline and height. */
export interface Line {
  text: string;
  y: number;
  height: number;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

/** Text items into segments: runs of items on one baseline with no gap wider than a word gap. */
function segments(items: readonly TextItemLike[], wordGap: number): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | undefined;
  let eol = false;
  let spaced = false;
  for (const it of items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    // PDF.js puts a space item in a gap, as wide as the gap (a gutter too):
    // it says a word ends, not where text is.
    if (!it.str.trim()) {
      if (it.hasEOL) eol = true;
      if (it.str) spaced = true;
      continue;
    }
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const h = it.height || Math.abs(it.transform[3] ?? 0) || 1;
    // Without a width, about half an em a character.
    const w = typeof it.width === 'number' && it.width > 0 ? it.width : it.str.length * h * 0.5;
    const size = cur ? Math.max(h, cur.h) : h;
    const gap = cur ? x - cur.x1 : 0;
    const continues =
      cur && !eol && Math.abs(y - cur.y) <= size * 0.5 && gap >= -size && gap <= wordGap * size;
    if (cur && continues) {
      const space = (spaced || gap > size * 0.15) && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
      cur.text += (space ? ' ' : '') + it.str;
      cur.x1 = Math.max(cur.x1, x + w);
      cur.h = size;
    } else {
      cur = { text: it.str, x0: x, x1: x + w, y, h };
      out.push(cur);
    }
    eol = Boolean(it.hasEOL);
    spaced = false;
  }
  for (const s of out) s.text = stripControl(s.text).replace(/\s+/g, ' ').trim();
  return out.filter((s) => s.text !== '');
}

/** The widest gap between intervals `[lo, hi]` at least `min` wide: where it starts and ends. */
function widestGap(
  spans: readonly { lo: number; hi: number }[],
  min: number,
): { at: number; width: number } | undefined {
  const sorted = [...spans].sort((a, b) => a.lo - b.lo);
  let reach = Number.NEGATIVE_INFINITY;
  let best: { at: number; width: number } | undefined;
  for (const s of sorted) {
    const width = s.lo - reach;
    if (reach > Number.NEGATIVE_INFINITY && width >= min && (!best || width > best.width))
      best = { at: (s.lo + reach) / 2, width };
    reach = Math.max(reach, s.hi);
  }
  return best;
}

/** Segments in reading order, each leaf block in its own list. */
function cut(segs: Segment[], unit: number, opts: Required<LayoutOptions>, out: Segment[][]): void {
  if (segs.length > 1) {
    // A gutter first: columns are read whole, one after the other.
    const v = widestGap(
      segs.map((s) => ({ lo: s.x0, hi: s.x1 })),
      opts.columnGap * unit,
    );
    if (v) {
      cut(
        segs.filter((s) => s.x1 <= v.at),
        unit,
        opts,
        out,
      );
      cut(
        segs.filter((s) => s.x1 > v.at),
        unit,
        opts,
        out,
      );
      return;
    }
    // Else the widest band free of text (a segment spans its baseline up to its height,
    // and a little below for descenders). Page y grows upwards: the upper part is read first.
    const h = widestGap(
      segs.map((s) => ({ lo: -(s.y + s.h), hi: -(s.y - 0.25 * s.h) })),
      opts.bandGap * unit,
    );
    if (h) {
      cut(
        segs.filter((s) => -(s.y + s.h) < h.at),
        unit,
        opts,
        out,
      );
      cut(
        segs.filter((s) => -(s.y + s.h) >= h.at),
        unit,
        opts,
        out,
      );
      return;
    }
  }
  if (segs.length) out.push(segs);
}

/** A block's segments into lines, top to bottom; segments on one baseline joined left to right. */
function blockLines(segs: readonly Segment[]): Line[] {
  const sorted = [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: (Line & { x1: number })[] = [];
  for (const s of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - s.y) <= Math.max(last.height, s.h) * 0.5 && s.x0 >= last.x1) {
      last.text += ` ${s.text}`;
      last.x1 = s.x1;
      last.height = Math.max(last.height, s.h);
    } else lines.push({ text: s.text, y: s.y, height: s.h, x1: s.x1 });
  }
  return lines.map(({ x1: _x1, ...line }) => line);
}

/** The lines of one page in reading order (see the comment at the top of this file). */
export function pageLines(items: readonly TextItemLike[], options?: LayoutOptions): Line[] {
  const opts = { ...DEFAULTS, ...options };
  const segs = segments(items, opts.wordGap);
  if (!segs.length) return [];
  // The page's typical text height is the unit of every gap.
  const heights = segs.map((s) => s.h).sort((a, b) => a - b);
  const unit = heights[heights.length >> 1] as number;
  const blocks: Segment[][] = [];
  cut(segs, unit, opts, blocks);
  return blocks.flatMap(blockLines);
}
