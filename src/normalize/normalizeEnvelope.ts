import type { BotEventEnvelope } from '../model/ImBotEvents.js';
import type { RawAuth } from '../schemas/RawAuthSchema.js';
import type { WireId } from '../schemas/wire.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { toDate, toId } from './scalars.js';

/**
 * Normalizes the envelope every event has.
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns The handler id, the time, and the event's auth.
 */
export function normalizeEnvelope(
  raw: { readonly event_handler_id: WireId; readonly ts: WireId; readonly auth: RawAuth },
  context: NormalizeContext,
): BotEventEnvelope {
  return {
    handlerId: toId(raw.event_handler_id),
    sentAt: toDate(raw.ts),
    auth: normalizeAuth(raw.auth, context, 'auth'),
  };
}
