import type { EventAuth, EventAuthWithOptionalToken } from '../model/EventAuth.js';
import type {
  BotEventEnvelope,
  EventEnvelopeWithOptionalToken,
  ImV2EventEnvelope,
} from '../model/EventBases.js';
import type { RawAuthWithOptionalToken } from '../wire/RawAuthSchema.js';
import type {
  RawEnvelopeFields,
  RawEventEnvelopeWithOptionalToken,
  RawImV2Envelope,
} from '../wire/rawEnvelopeEntries.js';
import type { WireId } from '../wire/wire.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeAuth, normalizeAuthWithOptionalToken } from './normalizeAuth.js';
import { toDate, toId } from './scalars.js';
import type { Writable } from './Writable.js';

/** The handler id of an envelope: `event_handler_id`, else `event_id`, else none. */
function handlerIdOf(raw: {
  readonly event_handler_id?: WireId | undefined;
  readonly event_id?: WireId | undefined;
}): number | undefined {
  const handlerId = raw.event_handler_id ?? raw.event_id;
  return handlerId === undefined ? undefined : toId(handlerId);
}

/** An envelope with the given auth: `known`, the handler id when sent, the time, the auth. */
function envelopeOf<Auth extends EventAuth | EventAuthWithOptionalToken>(
  raw: { readonly event_handler_id?: WireId | undefined; readonly event_id?: WireId | undefined },
  ts: WireId,
  auth: Auth,
): { known: true; handlerId?: number; sentAt: Date; auth: Auth } {
  const sentAt = toDate(ts);
  const handlerId = handlerIdOf(raw);
  return handlerId === undefined
    ? { known: true, sentAt, auth }
    : { known: true, handlerId, sentAt, auth };
}

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
  if ((raw as Partial<RawEnvelopeFields>).ts === undefined) {
    // Polled: the item has no envelope (its id and date are added by the batch).
    return { known: true } as BotEventEnvelope;
  }
  return envelopeOf(raw, raw.ts, normalizeAuth(raw.auth, context, 'auth'));
}

/**
 * Normalizes the envelope of an event whose `auth` may lack its application token (ONAPPPAYMENT,
 * ONAPPMETHODCONFIRM, ONAPPTEST): as {@link normalizeEnvelope}, `auth.applicationToken` left out
 * when not sent.
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns `known: true`, the handler id when sent, the time, and the event's auth.
 */
export function normalizeEnvelopeWithOptionalToken(
  raw: RawEventEnvelopeWithOptionalToken<string>,
  context: NormalizeContext,
): EventEnvelopeWithOptionalToken {
  return envelopeOf(raw, raw.ts, normalizeAuthWithOptionalToken(raw.auth, context, 'auth'));
}

/**
 * Normalizes the envelope of a user event (ONIMV2*): `known: true`, and the handler id, the time
 * and the auth each only when sent (the polling methods send none of them).
 *
 * @param raw The validated payload.
 * @param context The normalize context.
 * @returns The envelope.
 */
export function normalizeImV2Envelope(
  raw: RawImV2Envelope<string>,
  context: NormalizeContext,
): ImV2EventEnvelope {
  const envelope: Writable<ImV2EventEnvelope> = { known: true };
  const handlerId = handlerIdOf(raw);
  if (handlerId !== undefined) envelope.handlerId = handlerId;
  if (raw.ts !== undefined) envelope.sentAt = toDate(raw.ts);
  const auth: RawAuthWithOptionalToken | undefined = raw.auth;
  if (auth !== undefined) envelope.auth = normalizeAuthWithOptionalToken(auth, context, 'auth');
  return envelope;
}
