import { createServer } from 'node:net';

/** The port is taken by another program: the message says which variable to set. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is in use. Set COLLECTOR_PORT to another port, for example COLLECTOR_PORT=${port + 1}.`);
    this.name = 'PortInUseError';
  }
}

/** The same error in plain words, for the errors a listen can give that a person can act on. */
export function listenError(e: unknown, port: number, host: string): Error {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return new PortInUseError(port);
  if (code === 'EACCES') {
    return new Error(
      `Port ${port} needs administrator rights on this computer. Set COLLECTOR_PORT to a port above 1023, such as 8787.`,
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new Error(
      `This computer has no address ${host}. Set COLLECTOR_HOST to 127.0.0.1 (this computer only) or 0.0.0.0 (every address).`,
    );
  }
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Checks that `port` can be listened on, by listening on it for a moment, before the collector
 * opens (or creates) its database, so a port in use is reported at once and leaves nothing behind.
 * Port 0 (any free port) always can.
 */
export async function checkPort(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (e) => reject(listenError(e, port, host)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
