import * as v from 'valibot';
import {
  AUTH_REQUIRED,
  AUTH_WITH_OPTIONAL_TOKEN_REQUIRED,
  type RawAuth,
  RawAuthSchema,
  type RawAuthWithOptionalToken,
  RawAuthWithOptionalTokenSchema,
} from './RawAuthSchema.js';
import { under } from './requiredPaths.js';
import {
  eventCodeMessage,
  objectMessage,
  RawIdSchema,
  RawUnixTimeSchema,
  type WireId,
} from './wire.js';

/**
 * The envelope fields every event of both API versions has, but its code. The handler id is
 * optional: the portal sent none before its `rest` module 24.200 (2024), sent it as `event_id`
 * from 24.200 to 24.400, and as `event_handler_id` from 24.500 on.
 * @internal
 */
export const rawEnvelopeEntries = {
  event_handler_id: v.optional(RawIdSchema),
  event_id: v.optional(RawIdSchema),
  ts: RawUnixTimeSchema,
  auth: RawAuthSchema,
} as const;

/** The envelope fields of a validated payload of either API version. @internal */
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

/** The envelope of an API 1.0 event as sent. @category Wire types */
export interface RawEventEnvelope<Event extends string> extends RawEnvelopeFields {
  /** The event code. */
  readonly event: Event;
  /** The id of the event handler registration; sent by portals with `rest` 24.500 (2024) on. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The auth of the user on whose behalf the event fired. */
  readonly auth: RawAuth;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** The envelope of an API 2.0 event as sent: the same fields as API 1.0's. @category Wire types */
export interface RawImBotV2Envelope<Event extends string> extends RawEventEnvelope<Event> {}

/**
 * What a polled item of `imbot.v2.Event.get` is made of, per event: its code and the schema of
 * its `data` (where polling sends less than a webhook, the less demanding one).
 * @internal
 */
export interface PolledParts {
  /** The event code. */
  readonly code: string;
  /** The schema of `data` in a polled item. */
  readonly data: v.GenericSchema;
}

const polledParts = new WeakMap<object, PolledParts>();

/**
 * The parts of a polled item of the event whose webhook schema this is, when it was made by
 * {@link eventSchema}.
 *
 * @param schema The event's webhook schema.
 * @returns Its code and polled `data` schema.
 * @internal
 */
export function polledPartsOf(schema: object): PolledParts | undefined {
  return polledParts.get(schema);
}

/**
 * A whole event's wire schema: the envelope, the event code, and the event's `data`. It also
 * remembers the parts of the event as `imbot.v2.Event.get` delivers it (code and `data`, no
 * envelope), for the polled batches.
 *
 * @param code The event code.
 * @param data The schema of `data`.
 * @param polledData The schema of `data` in a polled item, where it differs (the bot comes
 *   without its `auth`).
 * @returns The schema.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function eventSchema<const Code extends string, Data extends v.GenericSchema>(
  code: Code,
  data: Data,
  polledData: v.GenericSchema = data,
) {
  const schema = v.looseObject(
    { ...rawEnvelopeEntries, event: v.literal(code, eventCodeMessage(code)), data },
    objectMessage,
  );
  polledParts.set(schema, { code, data: polledData });
  return schema;
}

/** The wire paths every event needs: its code, `data`, the time and the auth's identity. @internal */
export const ENVELOPE_REQUIRED: readonly string[] = [
  'event',
  'data',
  'ts',
  'auth',
  ...under('auth', AUTH_REQUIRED),
];

/**
 * The wire paths every app lifecycle event (ONAPPINSTALL, ONAPPUPDATE, ONAPPUNINSTALL) needs: its
 * code, the time and the portal's identity in `auth`. Its `data` (versions, language, flags) is
 * optional: an app can store, keep or forget a portal's token without it.
 * @internal
 */
export const APP_ENVELOPE_REQUIRED: readonly string[] = /* @__PURE__ */ ENVELOPE_REQUIRED.filter(
  (path) => path !== 'data',
);

/**
 * The envelope of an event whose `auth` may come without an `application_token` (ONAPPPAYMENT,
 * ONAPPMETHODCONFIRM, ONAPPTEST) as sent: as {@link RawEventEnvelope}, the token optional.
 *
 * @category Wire types
 */
export interface RawEventEnvelopeWithOptionalToken<Event extends string> {
  /** The event code. */
  readonly event: Event;
  /** The id of the event handler registration; sent by portals with `rest` 24.500 (2024) on. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The portal's identity, with the application token when sent. */
  readonly auth: RawAuthWithOptionalToken;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * A whole event's wire schema whose `auth` may lack its `application_token`: the envelope, the
 * event code, and the event's `data`.
 *
 * @param code The event code.
 * @param data The schema of `data`.
 * @returns The schema.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function eventSchemaWithOptionalToken<
  const Code extends string,
  Data extends v.GenericSchema,
>(code: Code, data: Data) {
  return v.looseObject(
    {
      ...rawEnvelopeEntries,
      auth: RawAuthWithOptionalTokenSchema,
      event: v.literal(code, eventCodeMessage(code)),
      data,
    },
    objectMessage,
  );
}

/**
 * The wire paths of an app event whose token may be missing (ONAPPPAYMENT, ONAPPMETHODCONFIRM,
 * ONAPPTEST): its code, the time and the portal's identity; `data` only where the event says so.
 * @internal
 */
export const APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED: readonly string[] = [
  'event',
  'ts',
  'auth',
  ...under('auth', AUTH_WITH_OPTIONAL_TOKEN_REQUIRED),
];

/**
 * The envelope of a user event of API 2.0 (ONIMV2*) as sent. These events have no webhook: the
 * polling methods (`im.v2.Event.get`, `imbot.v2.Event.get` with `withUserEvents`) hand out their
 * `data` with no `auth` and no `ts`. So only the code and `data` are required; the rest of the
 * envelope of the other events is read when present.
 *
 * @category Wire types
 */
export interface RawImV2Envelope<Event extends string> {
  /** The event code. */
  readonly event: Event;
  /** The id of an event handler registration, when sent. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name. */
  readonly event_id?: WireId | undefined;
  /** When the event left the queue (unix time), when sent. */
  readonly ts?: WireId | undefined;
  /** The portal's identity, when sent (the polling methods send none). */
  readonly auth?: RawAuthWithOptionalToken | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * A user event's wire schema (ONIMV2*): the event code and `data` required; the handler id, the
 * time and the auth (its token optional) read when present. Like {@link eventSchema}, it
 * remembers the parts of a polled item.
 *
 * @param code The event code.
 * @param data The schema of `data`.
 * @returns The schema.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function imV2EventSchema<const Code extends string, Data extends v.GenericSchema>(
  code: Code,
  data: Data,
) {
  const schema = v.looseObject(
    {
      event_handler_id: v.optional(RawIdSchema),
      event_id: v.optional(RawIdSchema),
      ts: v.optional(RawUnixTimeSchema),
      auth: v.optional(RawAuthWithOptionalTokenSchema),
      event: v.literal(code, eventCodeMessage(code)),
      data,
    },
    objectMessage,
  );
  polledParts.set(schema, { code, data });
  return schema;
}

/**
 * The wire paths every user event (ONIMV2*) needs: its code and `data`; and, when an `auth` is
 * sent, the portal's identity in it.
 * @internal
 */
export const IM_V2_ENVELOPE_REQUIRED: readonly string[] = [
  'event',
  'data',
  ...under('auth', AUTH_WITH_OPTIONAL_TOKEN_REQUIRED),
];
