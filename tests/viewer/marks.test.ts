import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  ingestStore,
  pixelRatio,
  type Served,
  startViewer,
} from './harness.js';

// An edge only alleged is drawn apart from the facts and says so in its
// panel, with who says so; a denied statement, no edge, is listed on its
// source's panel as denied.
const STORY =
  'The Harbor Front allegedly attacked Port Veyra on Tuesday, according to Radio Kestrel. ' +
  'The Northern Guard did not attack Port Veyra on Monday.';

/** Fraction of the graph area's pixels drawn in the amber of a marked edge (not a node's colour). */
function amberRatio(page: Page): Promise<number> {
  return pixelRatio(page, 'r > 190 && g > 130 && g < 215 && b < 140 && r - g > 15 && g - b > 50');
}

async function open(page: Page, name: string): Promise<void> {
  await page.fill('#search-input', name);
  const first = page.locator('#search-suggestions [role="option"]').first();
  await first.waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details-name', { hasText: name }).waitFor();
}

describe('alleged and denied statements in the viewer (headless Chromium)', () => {
  let dir: string;
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'graphwire-viewer-marks-'));
    const file = join(dir, 'story.txt');
    await writeFile(file, STORY);
    const db = await ingestStore([file]);
    ({ server, chrome, page, errors } = await startViewer(['--db', db]));
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws the alleged edge in the marked colour', async () => {
    if ((await page.textContent('#layout-toggle')) === 'Stop layout')
      await page.click('#layout-toggle');
    await page.waitForTimeout(300);
    expect(await amberRatio(page)).toBeGreaterThan(0.00005);
    expect(errors).toEqual([]);
  });

  it('marks the relation "alleged" in its panel, each sentence with who says so', async () => {
    await open(page, 'Harbor Front');
    const rel = page.locator('#details-relations .relation[data-type="ATTACKED"]');
    expect(await rel.count()).toBe(1);
    expect(await rel.locator('.relation-mark').textContent()).toBe('alleged');
    const marks = rel.locator('.evidence .evidence-marks');
    expect(await marks.textContent()).toBe('alleged · according to Radio Kestrel');
    expect(await rel.locator('.evidence[data-modality="alleged"]').count()).toBe(1);
  });

  it('lists what a node denies under "Denied", with the sentence, and draws no edge for it', async () => {
    await open(page, 'Northern Guard');
    expect(await page.locator('#details-relations .relation').count()).toBe(0);
    const denied = page.locator('#details-denied .relation.denied');
    expect(await denied.count()).toBe(1);
    expect(await denied.locator('.relation-head').textContent()).toBe('ATTACKED Port Veyra');
    const quote = denied.locator('.evidence.negated');
    expect(await quote.textContent()).toContain('The Northern Guard did not attack Port Veyra');
    expect(await quote.locator('.evidence-marks').textContent()).toBe('denied');
    expect(errors).toEqual([]);
  });
});
