/**
 * The application's status on the portal, from the wire letter: `L` local, `F` free, `D` demo,
 * `T` trial, `P` paid, `S` system; `unknown` for any other letter.
 *
 * @category Model
 */
export type AppStatus = 'local' | 'free' | 'demo' | 'trial' | 'paid' | 'system' | 'unknown';

/**
 * An auth bundle: OAuth tokens and the portal they belong to.
 *
 * The top-level `auth` of an event ({@link EventAuth}) is the user on whose behalf the event fired
 * (or the portal, for automation), and its `applicationToken` is what proves the event genuine.
 * The bot's own bundle ({@link BotAuth}) comes with each command. Tokens are absent when no user
 * caused the event and for outgoing webhooks; their absence is not an error.
 *
 * @category Model
 */
export interface EventAuth {
  /** OAuth 2.0 access token for REST calls. Wire: `access_token`. */
  readonly accessToken?: string;
  /** OAuth 2.0 token for renewing the access token. Wire: `refresh_token`. */
  readonly refreshToken?: string;
  /** When the access token expires. Wire: `expires` (unix time). */
  readonly expiresAt?: Date;
  /** The access token's lifetime in seconds. Wire: `expires_in`. */
  readonly expiresIn?: number;
  /** The scopes the event fired under (`['imbot']`). Wire: `scope`, split on commas and spaces. */
  readonly scope?: readonly string[];
  /** The Bitrix24 portal where the event occurred (`some-domain.bitrix24.com`). Wire: `domain`. */
  readonly domain: string;
  /** The OAuth server's address, for refreshing tokens. Wire: `server_endpoint`. */
  readonly serverEndpoint?: string;
  /** The base address for REST calls on this portal. Wire: `client_endpoint`. */
  readonly clientEndpoint?: string;
  /** The application's status on the portal. Wire: `status` (`L F D T P S`). */
  readonly status?: AppStatus;
  /** The portal's unique identifier. Wire: `member_id`. */
  readonly memberId: string;
  /** The user the tokens belong to (for a bot's bundle, the bot's user). Wire: `user_id`. */
  readonly userId?: number;
  /** The application's OAuth client id. Wire: `client_id`. */
  readonly clientId?: string;
  /**
   * The application token: compare it with the one stored at install time to know the event is
   * genuine (see `verifyApplicationToken`). Wire: `application_token`.
   */
  readonly applicationToken: string;
}

/**
 * The bot's own auth bundle, sent with each command (`data[COMMAND][id][AUTH]`, or the same keys
 * flat in the entry). Same fields as {@link EventAuth}; `userId` is the bot's user id. Never use
 * its `applicationToken` to verify an event: use the top-level one.
 *
 * @category Model
 */
export type BotAuth = EventAuth;

/**
 * An auth bundle whose application token may be missing: the top-level `auth` of ONAPPPAYMENT
 * (its documented `auth` has no `application_token`), ONAPPMETHODCONFIRM and ONAPPTEST, of the
 * user events (ONIMV2*) when sent, and of an `UnknownBotEvent`. Otherwise the same as
 * {@link EventAuth}. `verifyApplicationToken` is `false` for a bundle without a token, and the
 * `applicationToken` option fails such a body with `token_mismatch`: a missing token never passes
 * a check.
 *
 * @category Model
 */
export type EventAuthWithOptionalToken = Omit<EventAuth, 'applicationToken'> & {
  /**
   * The application token, when sent: compare it with the one stored at install time (see
   * `verifyApplicationToken`). Wire: `application_token`.
   */
  readonly applicationToken?: string;
};
