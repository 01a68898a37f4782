import * as v from 'valibot';
import {
  objectMessage,
  RawIdSchema,
  RawSecondsSchema,
  RawTextSchema,
  RawUnixTimeSchema,
} from './wire.js';

/**
 * The fields of a Bitrix24 auth bundle, every one optional: the shape the bot's flat copy in a
 * command entry has.
 * @internal
 */
export const rawAuthEntries = {
  /** OAuth 2.0 access token; absent when no user caused the event. */
  access_token: v.optional(RawTextSchema),
  /** When the access token expires (unix time). */
  expires: v.optional(RawUnixTimeSchema),
  /** Seconds until the access token expires. */
  expires_in: v.optional(RawSecondsSchema),
  /** The scopes the event fired under, comma or space separated. */
  scope: v.optional(RawTextSchema),
  /** The Bitrix24 portal address. */
  domain: v.optional(RawTextSchema),
  /** The OAuth server's REST address. */
  server_endpoint: v.optional(RawTextSchema),
  /** The application status letter (`L F D T P S`). */
  status: v.optional(RawTextSchema),
  /** The portal's REST base address. */
  client_endpoint: v.optional(RawTextSchema),
  /** The portal's unique id. */
  member_id: v.optional(RawTextSchema),
  /** The user the tokens belong to. */
  user_id: v.optional(RawIdSchema),
  /** OAuth 2.0 refresh token; absent when no user caused the event. */
  refresh_token: v.optional(RawTextSchema),
  /** The application's OAuth client id. */
  client_id: v.optional(RawTextSchema),
  /** The token that proves the event came from the portal the app was installed on. */
  application_token: v.optional(RawTextSchema),
} as const;

/**
 * An auth bundle as sent: the top-level `auth` of every event (the user on whose behalf it fired),
 * and the bot's `AUTH` in a command entry. `domain`, `member_id` and `application_token` are
 * required; the tokens are absent when no user caused the event and for outgoing webhooks.
 */
export const RawAuthSchema = v.looseObject(
  {
    ...rawAuthEntries,
    domain: RawTextSchema,
    member_id: RawTextSchema,
    application_token: RawTextSchema,
  },
  objectMessage,
);

/** An auth bundle as sent (the output of {@link RawAuthSchema}). */
export type RawAuth = v.InferOutput<typeof RawAuthSchema>;
