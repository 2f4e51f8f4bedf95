// Finds Chrome or Chromium for the browser tests: CHROME_PATH, then the usual places. When
// there is none and Debian's apt-get can install `chromium`, installs it (npm cannot download
// browsers on every machine); otherwise stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const found = () => [process.env.CHROME_PATH, ...PLACES].find((p) => p && existsSync(p));

export function findChrome({ install = true } = {}) {
  let path = found();
  if (path || !install) return path;
  const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
  const root = process.getuid?.() === 0;
  if (canApt) {
    const sudo = root ? '' : existsSync('/usr/bin/sudo') ? 'sudo ' : null;
    if (sudo !== null) {
      console.log("No Chrome or Chromium found: installing Debian's chromium with apt-get…");
      try {
        execSync(
          `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
          {
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        );
      } catch {
        // Fall through to the instruction below.
      }
      path = found();
      if (path) return path;
    }
  }
  console.error(
    'No Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its path.',
  );
  process.exit(1);
}

/** Flags that let headless Chromium run as root in a container with no network but loopback. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(findChrome());
