import type { AppStatus, EventAuth, EventAuthWithOptionalToken } from '../model/EventAuth.js';
import type { RawAuthFields, RawAuthWithOptionalToken } from '../wire/RawAuthSchema.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { toDate, toId, toScope, toText } from './scalars.js';
import type { Writable } from './Writable.js';

const STATUS_NAMES: Readonly<Record<string, Exclude<AppStatus, 'unknown'>>> = {
  L: 'local',
  F: 'free',
  D: 'demo',
  T: 'trial',
  P: 'paid',
  S: 'system',
};

/**
 * Normalizes an auth bundle (the top-level `auth`, or a bot's).
 *
 * @param raw The validated wire fields; `domain`, `member_id` and `application_token` present.
 * @param context The normalize context.
 * @param path The bundle's wire path (`auth`), for issues.
 * @returns The auth bundle.
 */
export function normalizeAuth(
  raw: RawAuthFields,
  context: NormalizeContext,
  path: string,
): EventAuth {
  const auth: Writable<EventAuth> = {
    domain: toText(raw.domain ?? ''),
    memberId: toText(raw.member_id ?? ''),
    applicationToken: toText(raw.application_token ?? ''),
  };
  if (raw.access_token !== undefined) auth.accessToken = toText(raw.access_token);
  if (raw.refresh_token !== undefined) auth.refreshToken = toText(raw.refresh_token);
  if (raw.expires !== undefined) auth.expiresAt = toDate(raw.expires);
  if (raw.expires_in !== undefined) auth.expiresIn = toId(raw.expires_in);
  if (raw.scope !== undefined) auth.scope = toScope(raw.scope);
  if (raw.server_endpoint !== undefined) auth.serverEndpoint = toText(raw.server_endpoint);
  if (raw.client_endpoint !== undefined) auth.clientEndpoint = toText(raw.client_endpoint);
  if (raw.status !== undefined) {
    auth.status = nameCode(
      STATUS_NAMES,
      toText(raw.status),
      context,
      `${path}[status]`,
      'an application status letter',
    );
  }
  if (raw.user_id !== undefined) auth.userId = toId(raw.user_id);
  if (raw.client_id !== undefined) auth.clientId = toText(raw.client_id);
  return auth;
}

/**
 * Normalizes an auth bundle whose application token may be missing: as {@link normalizeAuth},
 * but `applicationToken` is left out when `application_token` was not sent.
 *
 * @param raw The validated wire fields; `domain` and `member_id` present.
 * @param context The normalize context.
 * @param path The bundle's wire path (`auth`), for issues.
 * @returns The auth bundle.
 */
export function normalizeAuthWithOptionalToken(
  raw: RawAuthWithOptionalToken,
  context: NormalizeContext,
  path: string,
): EventAuthWithOptionalToken {
  const auth: Writable<EventAuthWithOptionalToken> = normalizeAuth(raw, context, path);
  if (raw.application_token === undefined) delete auth.applicationToken;
  return auth;
}
