import { pino, type DestinationStream, type Logger } from 'pino';
import type { CollectorConfig } from './config.js';

/**
 * Structured JSON logs with no personal data: no bodies, no query strings (they can hold ids),
 * and no client addresses unless COLLECTOR_LOG_IPS=true.
 */
export function createLogger(config: Pick<CollectorConfig, 'logLevel' | 'logIps'>, stream?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'coproduce-collector' },
      serializers: {
        req: (req: { method: string; url: string; id: string; ip?: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
          ...(config.logIps ? { ip: req.ip ?? req.remoteAddress } : {}),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    stream ?? pino.destination(1),
  );
}
