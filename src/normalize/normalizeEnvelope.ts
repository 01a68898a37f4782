import type { BotEventEnvelope } from '../model/EventBases.js';
import type { RawEnvelopeFields } from '../wire/rawEnvelopeEntries.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { toDate, toId } from './scalars.js';

/**
 * Normalizes the envelope every event of both API versions has. The handler id is read from
 * `event_handler_id`, else from `event_id`, and left out when neither was sent. An event polled
 * from `imbot.v2.Event.get` has no `ts` and no `auth`: its envelope then has neither `sentAt` nor
 * `auth` (its type, `PolledBotEvent`, says so).
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns `known: true`, the handler id when sent, the time, and the event's auth.
 */
export function normalizeEnvelope(
  raw: RawEnvelopeFields,
  context: NormalizeContext,
): BotEventEnvelope {
  const handlerId = raw.event_handler_id ?? raw.event_id;
  if ((raw as Partial<RawEnvelopeFields>).ts === undefined) {
    // Polled: the item has no envelope (its id and date are added by the batch).
    return { known: true } as BotEventEnvelope;
  }
  const sentAt = toDate(raw.ts);
  const auth = normalizeAuth(raw.auth, context, 'auth');
  return handlerId === undefined
    ? { known: true, sentAt, auth }
    : { known: true, handlerId: toId(handlerId), sentAt, auth };
}
