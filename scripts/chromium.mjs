// Finds the Chromium the browser tests and the bench drive. Never downloads a browser: it uses
// CHROMIUM_PATH, or Debian's `chromium`, installing that package through apt-get when running as
// root; otherwise it says what to install and which variable to set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Returns the path to Chromium, installing Debian's package when possible, or null. */
export function ensureChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  if (env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.`);
    return null;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          })
        : update;
    if (install.status === 0) return findChromium(env);
  }
  console.error(
    'The browser tests need Chromium. Install Debian’s `chromium` package ' +
      '(sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  return null;
}
