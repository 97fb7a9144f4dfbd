import { describe, expect, it } from 'vitest';
import { ensureChromium, findChromium } from './chromium.js';

/** A file system with these executables and nothing else. */
const only = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe('finding the Chromium the viewer tests drive', () => {
  it('takes CHROMIUM_PATH first, and says so when it is not an executable', () => {
    const env = { CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' };
    const isExecutable = only('/opt/c/chrome', '/usr/bin/chromium');
    expect(findChromium({ env, isExecutable })).toBe('/opt/c/chrome');
    expect(() => findChromium({ env, isExecutable: only('/usr/bin/chromium') })).toThrow(
      expect.objectContaining({
        code: 'CONFIG',
        message: expect.stringContaining('/opt/c/chrome'),
      }),
    );
  });

  it('looks for chromium, chromium-browser and google-chrome on PATH, in that order', () => {
    const env = { PATH: '/snap/bin:/usr/local/bin' };
    expect(findChromium({ env, isExecutable: only('/usr/local/bin/chromium-browser') })).toBe(
      '/usr/local/bin/chromium-browser',
    );
    expect(
      findChromium({
        env,
        isExecutable: only('/usr/local/bin/google-chrome', '/snap/bin/chromium'),
      }),
    ).toBe('/snap/bin/chromium');
    expect(findChromium({ env, isExecutable: only() })).toBeUndefined();
  });

  it('installs Debian chromium as root with apt-get when none is found, and not otherwise', () => {
    const env = { PATH: '/usr/sbin:/usr/bin' };
    const installed = new Set(['/usr/bin/apt-get']);
    const isExecutable = (p: string) => installed.has(p);
    let installs = 0;
    const install = () => {
      installs++;
      installed.add('/usr/bin/chromium');
    };
    expect(ensureChromium({ env, isExecutable, isRoot: true, install })).toBe('/usr/bin/chromium');
    expect(ensureChromium({ env, isExecutable, isRoot: true, install })).toBe('/usr/bin/chromium');
    expect(installs).toBe(1);
  });

  it('stops with one line naming what to install where it cannot install', () => {
    const env = { PATH: '/usr/bin' };
    const install = () => {
      throw new Error('must not install');
    };
    for (const [isRoot, isExecutable] of [
      [false, only('/usr/bin/apt-get')],
      [true, only()],
    ] as const) {
      let err: Error | undefined;
      try {
        ensureChromium({ env, isExecutable, isRoot, install });
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message).toMatch(/apt-get install -y chromium/);
      expect(err?.message).not.toContain('\n');
      expect(err).toMatchObject({ code: 'CONFIG' });
    }
  });
});
