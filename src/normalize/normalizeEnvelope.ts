import type { BotEventEnvelope } from '../model/EventBases.js';
import type { RawEnvelopeFields } from '../wire/rawEnvelopeEntries.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { toDate, toId } from './scalars.js';

/**
 * Normalizes the envelope every event of both API versions has. The handler id is read from
 * `event_handler_id`, else from `event_id`, and left out when neither was sent.
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns `known: true`, the handler id when sent, the time, and the event's auth.
 */
export function normalizeEnvelope(
  raw: RawEnvelopeFields,
  context: NormalizeContext,
): BotEventEnvelope {
  const sentAt = toDate(raw.ts);
  const auth = normalizeAuth(raw.auth, context, 'auth');
  const handlerId = raw.event_handler_id ?? raw.event_id;
  return handlerId === undefined
    ? { known: true, sentAt, auth }
    : { known: true, handlerId: toId(handlerId), sentAt, auth };
}
