/**
 * The browser for the browser tests: Debian's Chromium, never a download of Playwright's own.
 * Found at CHROMIUM_PATH, else /usr/bin/chromium; else, on a machine where we are root and apt-get
 * exists, installed with `apt-get install -y chromium`; else a clear error says what to do.
 * Used by the test global setup and by .ci/run (`npx tsx scripts/browser.ts`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Flags for a quiet, offline, headless Chromium that does not phone home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function found(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
    return env;
  }
  return CANDIDATES.find((p) => fs.existsSync(p));
}

/** Chinese text needs a CJK font, or screenshots show empty boxes (the tests read the DOM and pass regardless). */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const existing = found();
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existing) {
    if (!hasCjkFont() && hasApt && isRoot && !process.env.CHROMIUM_PATH) {
      log('installing a Chinese font for the browser (apt-get install -y fonts-noto-cjk)…');
      try {
        execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      } catch {
        log('could not install fonts-noto-cjk; screenshots will lack Chinese glyphs');
      }
    }
    return existing;
  }
  if (!hasApt || !isRoot) {
    throw new Error(
      'The browser tests need Chromium and none was found. Install Debian\'s package (`sudo apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  log('installing Chromium from the Debian packages (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  const installed = found();
  if (!installed) throw new Error('apt-get installed chromium but no executable was found at /usr/bin/chromium');
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`chromium: ${ensureChromium()}`);
}
