// The headless Chromium the viewer tests drive. `npm test` runs this file
// first (`tsx tests/setup/chromium.ts`): it finds a Chromium, or installs
// Debian's package where it can (root with apt-get), or stops with one line
// that says what to install. The test harness uses `findChromium` for the path.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../../src/errors.js';

/** Executable names looked up on PATH (and in /usr/bin), in this order. */
export const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  isExecutable?: (path: string) => boolean;
}

export interface EnsureOptions extends FindOptions {
  /** Whether this process may install system packages (root). */
  isRoot?: boolean;
  /** Installs Debian's chromium package; called only when none is found and apt-get is there. */
  install?: () => void;
}

export const DEFAULTS = {
  env: process.env,
  isExecutable(path: string): boolean {
    try {
      if (!statSync(path).isFile()) return false;
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  install(): void {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  },
};

const MISSING =
  'no Chromium for the viewer tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH';

function onPath(name: string, env: NodeJS.ProcessEnv, isExecutable: (p: string) => boolean) {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const dir of dirs) {
    const path = join(dir, name);
    if (isExecutable(path)) return path;
  }
  return undefined;
}

/**
 * The Chromium to drive: `$CHROMIUM_PATH` (which must then be an executable),
 * else the first of CANDIDATES on PATH. Undefined when there is none.
 */
export function findChromium(options?: FindOptions): string | undefined {
  const env = options?.env ?? DEFAULTS.env;
  const isExecutable = options?.isExecutable ?? DEFAULTS.isExecutable;
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (!isExecutable(given))
      throw new ConfigError(`CHROMIUM_PATH=${given}: not an executable file`);
    return given;
  }
  for (const name of CANDIDATES) {
    const path = onPath(name, env, isExecutable);
    if (path) return path;
  }
  return undefined;
}

/** findChromium, installing Debian's chromium first where none is found and root has apt-get. */
export function ensureChromium(options?: EnsureOptions): string {
  const found = findChromium(options);
  if (found) return found;
  const env = options?.env ?? DEFAULTS.env;
  const isExecutable = options?.isExecutable ?? DEFAULTS.isExecutable;
  const isRoot = options?.isRoot ?? DEFAULTS.isRoot;
  if (!isRoot || !onPath('apt-get', env, isExecutable)) throw new ConfigError(MISSING);
  (options?.install ?? DEFAULTS.install)();
  const installed = findChromium(options);
  if (!installed) throw new ConfigError(`${MISSING} (apt-get install chromium gave none)`);
  return installed;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`chromium: ${ensureChromium()}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
