import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../src/extract/types.js';
import { LogStore } from '../../src/store/index.js';
import { type BrowserHandle, type Served, startViewer } from './harness.js';

const NAME = '<img src=x onerror="window.__pwned=1">';
const SENTENCE = `Police said ${NAME} killed Bob Stone <script>window.__pwned=2</script> on Friday.`;

/** A store whose names and sentences carry HTML, as a hostile article could. */
async function hostileStore(): Promise<string> {
  const db = join(await mkdtemp(join(tmpdir(), 'graphwire-xss-')), 'db');
  const start = SENTENCE.indexOf(NAME);
  const ev = { doc: 'hostile.txt', text: SENTENCE, start: 0, end: SENTENCE.length };
  const ext: DocExtraction = {
    doc: { id: 'hostile.txt', hash: 'h' },
    words: 12,
    entities: [
      {
        id: 'e0',
        type: 'Person',
        name: NAME,
        aliases: ['<b>bold</b>'],
        mentions: [{ doc: 'hostile.txt', text: NAME, start, end: start + NAME.length }],
      },
      { id: 'e1', type: 'Person', name: 'Bob Stone', aliases: [], mentions: [] },
    ],
    relations: [{ source: 'e0', target: 'e1', type: 'KILLED', evidence: ev, confidence: 0.5 }],
  };
  const store = await LogStore.open(db, { create: true, write: true });
  store.commit([ext]);
  await store.close();
  return db;
}

describe('names and sentences containing HTML are shown as text and run nothing', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const db = await hostileStore();
    ({ server, chrome, page, errors } = await startViewer(['--db', db]));
    // Hold the layout still so the node stays where the camera puts it.
    if ((await page.textContent('#layout-toggle')) === 'Stop layout')
      await page.click('#layout-toggle');
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('in search suggestions', async () => {
    await page.fill('#search-input', '<img');
    const option = page.locator('#search-suggestions [role="option"]').first();
    await option.waitFor();
    expect(await option.locator('.name').textContent()).toBe(NAME);
    expect(await page.locator('#search-suggestions img').count()).toBe(0);
  });

  it('in the details panel', async () => {
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations .relation');
    expect(await page.textContent('#details-name')).toBe(NAME);
    expect(await page.locator('#details .evidence').first().textContent()).toContain(SENTENCE);
    expect(await page.locator('#details').textContent()).toContain('<b>bold</b>');
    expect(await page.locator('#details img, #details script, #details b').count()).toBe(0);
  });

  it('in the hover tooltip', async () => {
    await page.waitForTimeout(600); // the camera glides to the node
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no #graph');
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    await page.waitForSelector('#tooltip:not([hidden])');
    expect(await page.locator('#tooltip strong').textContent()).toBe(NAME);
    expect(await page.locator('#tooltip img').count()).toBe(0);
  });

  it('and no script ran', async () => {
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
