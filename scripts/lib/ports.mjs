// Free TCP ports for the scripts and tests that start servers (npm start, the quick-start checks).
import { createServer } from 'node:net';

/** True when nothing listens on `port` (on any address), found by listening on it for a moment. */
export function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** `preferred` if it is free, else the next free port after it (not one of `taken`). */
export async function freePort(preferred, taken = [], tries = 50) {
  for (let port = preferred; port < preferred + tries; port++) {
    if (!taken.includes(port) && (await portFree(port))) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + tries - 1}.`);
}

/**
 * Any free port, as the system hands one out. Listening on every address (IPv6 and IPv4) makes
 * sure the port is free on both: a page at `localhost` may reach `::1` first.
 */
export function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, exclusive: true }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
