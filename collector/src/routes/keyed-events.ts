import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { KeyLimits, tooManyAttempts } from '../key-limits.js';
import type { WriteResult } from '../store.js';
import { addKeyedEvent } from '../store/consent-keys.js';

/**
 * `POST /v1/consent` with `type: withdrawn | credit-changed`: only with the key from the person's
 * copy. Missing or wrong key → 403 (`field: 'key'`), unknown record → 404, erased record → 410,
 * too many failed attempts → 429. Resolves to what `answer()` should say when the event was
 * checked (stored, a repeat, or a clash), or undefined when a refusal was sent here.
 */
export async function keyedEvent(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<WriteResult | 'mismatch' | undefined> {
  const body = request.body as Record<string, unknown>;
  const limits = new KeyLimits(ctx);
  const recordId = String(body.recordId);
  const wait = await limits.blocked(request.ip, recordId);
  if (wait) {
    await tooManyAttempts(reply, wait);
    return undefined;
  }
  const result = await addKeyedEvent(ctx.storage, body);
  switch (result) {
    case 'no-key':
    case 'wrong-key':
      await limits.failed(request.ip, recordId);
      await reply.code(403).send({
        error:
          result === 'no-key'
            ? "Send the key from the person's copy of their consent: only they (or staff, through the admin API) can withdraw or change it."
            : 'The key does not match this consent record.',
        field: 'key',
      });
      return undefined;
    case 'no-record':
      await limits.failed(request.ip);
      await reply.code(404).send({ error: 'There is no consent record with this recordId.', field: 'recordId' });
      return undefined;
    case 'erased':
      await reply
        .code(410)
        .send({ error: 'This consent record was erased, so nothing more is recorded against it.', field: 'recordId' });
      return undefined;
    default:
      return result;
  }
}
