import * as v from 'valibot';
import {
  objectMessage,
  RawIdSchema,
  RawSecondsSchema,
  RawTextSchema,
  RawUnixTimeSchema,
  type WireId,
  type WireText,
} from './wire.js';

/**
 * The fields of a Bitrix24 auth bundle, every one optional: the shape the bot's flat copy in a
 * command entry has. `access_token` and `refresh_token` are OAuth 2.0 tokens (absent when no user
 * caused the event), `expires` a unix time, `expires_in` seconds, `scope` a comma-separated list,
 * `domain` the portal, `server_endpoint` the OAuth server, `status` the application's status
 * letter, `client_endpoint` the REST base address, `member_id` the portal's id, `user_id` the
 * tokens' user, `client_id` the application's OAuth id, `application_token` the proof that the
 * event came from the portal the app was installed on. See docs/normalization.md.
 * @internal
 */
export const rawAuthEntries = {
  access_token: v.optional(RawTextSchema),
  expires: v.optional(RawUnixTimeSchema),
  expires_in: v.optional(RawSecondsSchema),
  scope: v.optional(RawTextSchema),
  domain: v.optional(RawTextSchema),
  server_endpoint: v.optional(RawTextSchema),
  status: v.optional(RawTextSchema),
  client_endpoint: v.optional(RawTextSchema),
  member_id: v.optional(RawTextSchema),
  user_id: v.optional(RawIdSchema),
  refresh_token: v.optional(RawTextSchema),
  client_id: v.optional(RawTextSchema),
  application_token: v.optional(RawTextSchema),
} as const;

/**
 * The fields of an auth bundle as sent, every one optional: the shape of the bot's flat copy in
 * a command entry (see `EventAuth` for what each field means).
 *
 * @category Wire types
 */
export interface RawAuthFields {
  /** OAuth 2.0 access token; absent when no user caused the event. */
  readonly access_token?: WireText | undefined;
  /** When the access token expires (unix time). */
  readonly expires?: WireId | undefined;
  /** Seconds until the access token expires. */
  readonly expires_in?: WireId | undefined;
  /** The scopes the event fired under, comma separated. */
  readonly scope?: WireText | undefined;
  /** The Bitrix24 portal where the event occurred. */
  readonly domain?: WireText | undefined;
  /** The OAuth server's address, for refreshing tokens. */
  readonly server_endpoint?: WireText | undefined;
  /** The application's status letter (`L F D T P S`). */
  readonly status?: WireText | undefined;
  /** The portal's REST base address. */
  readonly client_endpoint?: WireText | undefined;
  /** The portal's unique id. */
  readonly member_id?: WireText | undefined;
  /** The user the tokens belong to. */
  readonly user_id?: WireId | undefined;
  /** OAuth 2.0 refresh token; absent when no user caused the event. */
  readonly refresh_token?: WireText | undefined;
  /** The application's OAuth client id. */
  readonly client_id?: WireText | undefined;
  /** The token that proves the event came from the portal the app was installed on. */
  readonly application_token?: WireText | undefined;
}

/** An auth bundle as sent, with its required fields (see `EventAuth`). @category Wire types */
export interface RawAuth extends RawAuthFields {
  /** The Bitrix24 portal where the event occurred. */
  readonly domain: WireText;
  /** The portal's unique id. */
  readonly member_id: WireText;
  /** The token that proves the event came from the portal the app was installed on. */
  readonly application_token: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * An auth bundle as sent: the top-level `auth` of every event (the user on whose behalf it fired),
 * and the bot's `AUTH` in a command entry. `domain`, `member_id` and `application_token` are
 * required; the tokens are absent when no user caused the event and for outgoing webhooks.
 *
 * @category Schemas
 */
export const RawAuthSchema: v.GenericSchema<unknown, RawAuth> = v.looseObject(
  {
    ...rawAuthEntries,
    domain: RawTextSchema,
    member_id: RawTextSchema,
    application_token: RawTextSchema,
  },
  objectMessage,
);

/**
 * The keys an auth bundle always has: the portal, its id and the application token. The tokens
 * are left out by agents and connectors, `refresh_token` by joins and deletes.
 * @internal
 */
export const AUTH_REQUIRED: readonly string[] = ['domain', 'member_id', 'application_token'];

/**
 * An auth bundle as sent by the events whose `application_token` may be missing (ONAPPPAYMENT's
 * documented `auth` has none, ONAPPTEST's is not documented at all, and an event this library
 * does not know may be anything): the portal and its id are required, the token is not.
 *
 * @category Wire types
 */
export interface RawAuthWithOptionalToken extends RawAuthFields {
  /** The Bitrix24 portal where the event occurred. */
  readonly domain: WireText;
  /** The portal's unique id. */
  readonly member_id: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * An auth bundle as sent, its `application_token` optional: the top-level `auth` of ONAPPPAYMENT,
 * ONAPPMETHODCONFIRM, ONAPPTEST, of the user events (ONIMV2*) when it is sent, and of an event
 * this library does not know. `domain` and `member_id` are required. A body without a token still
 * fails `token_mismatch` whenever a token is expected (the `applicationToken` option).
 *
 * @category Schemas
 */
export const RawAuthWithOptionalTokenSchema: v.GenericSchema<unknown, RawAuthWithOptionalToken> =
  v.looseObject(
    { ...rawAuthEntries, domain: RawTextSchema, member_id: RawTextSchema },
    objectMessage,
  );

/**
 * The keys an auth bundle whose token may be missing always has: the portal and its id.
 * @internal
 */
export const AUTH_WITH_OPTIONAL_TOKEN_REQUIRED: readonly string[] = ['domain', 'member_id'];
