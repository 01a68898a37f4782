import type { BotEventEnvelope } from '../model/ImBotEvents.js';
import type { RawAuth } from '../schemas/RawAuthSchema.js';
import type { WireId } from '../schemas/wire.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { toDate, toId } from './scalars.js';

/** The envelope fields of a validated payload of either API version. */
export interface RawEnvelopeFields {
  /** The handler id (`rest` 24.500 on). */
  readonly event_handler_id?: WireId | undefined;
  /** The handler id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** When the event was queued (unix time). */
  readonly ts: WireId;
  /** The event's auth. */
  readonly auth: RawAuth;
}

/**
 * Normalizes the envelope every event of both API versions has. The handler id is read from
 * `event_handler_id`, else from `event_id`, and left out when neither was sent.
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns The handler id when sent, the time, and the event's auth.
 */
export function normalizeEnvelope(
  raw: RawEnvelopeFields,
  context: NormalizeContext,
): BotEventEnvelope {
  const sentAt = toDate(raw.ts);
  const auth = normalizeAuth(raw.auth, context, 'auth');
  const handlerId = raw.event_handler_id ?? raw.event_id;
  return handlerId === undefined ? { sentAt, auth } : { handlerId: toId(handlerId), sentAt, auth };
}
