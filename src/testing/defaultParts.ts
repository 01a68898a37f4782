import type { RawAuth } from '../wire/RawAuthSchema.js';
import type { RawUser } from '../wire/RawUserSchema.js';
import type { RawBotEntry } from '../wire/v1Entities.js';
import type { RawImBotV2BotWithAuth, RawImBotV2Chat, RawImBotV2User } from '../wire/v2Entities.js';
import type { FormShape } from './BotEventPayload.js';

// The pieces the default test payloads share: one made-up portal (example-corp.bitrix24.com),
// its bot Helper (512, `helper_bot`), its user Maria Novak (48) and their group chat
// "Product launch" (1200). Every token is fake, but of the shape Bitrix24 sends: 64 hex digits
// for OAuth tokens, 32 for the member id and the application token. Each function returns a
// fresh object, so that the defaults are built only when asked for (and tree-shaken otherwise).

/** The portal. @internal */
export const DOMAIN = 'example-corp.bitrix24.com';
/** The portal's member id (32 hex digits, fake). @internal */
export const MEMBER_ID = '0123456789abcdef0123456789abcdef';
/**
 * The application token every test payload carries by default, whatever the event: 32 hex digits,
 * as Bitrix24 sends it ("fa4e" for fake). Give it as `applicationToken` to the parser or handler
 * under test, or override `auth.application_token` (and the bot's copies) with a token of yours.
 *
 * @example
 * ```ts
 * const handler = createBotEventHandler(handlers, { applicationToken: TEST_APPLICATION_TOKEN });
 * await handler(new Request(url, { method: 'POST', headers, body: createBotEventBody('ONIMCOMMANDADD') }));
 * ```
 * @category Testing
 */
export const TEST_APPLICATION_TOKEN = 'fa4efa4efa4efa4efa4efa4efa4efa4e';
/** The bot's id and code. @internal */
export const BOT_ID = '512';
/** @internal */
export const BOT_CODE = 'helper_bot';
/** The user who writes to the bot. @internal */
export const USER_ID = '48';
/** The group chat. @internal */
export const CHAT_ID = '1200';
/** When the events left the queue (2026-06-10 10:00 UTC), and when their tokens expire. @internal */
export const TS = '1781085600';
/** @internal */
export const EXPIRES = '1781089200';

type Auth = FormShape<RawAuth>;

/**
 * An auth bundle of the portal: the portal's fields, and OAuth tokens for `userId` when given.
 *
 * @param tokens The user's tokens (`access_token` and optionally `refresh_token`), or none.
 * @param userId The tokens' user.
 * @param scope The scopes.
 * @returns A fresh bundle, in the order Bitrix24 writes it.
 * @internal
 */
export function portalAuth(
  tokens: { readonly access: string; readonly refresh?: string } | undefined,
  userId: string,
  scope = 'imbot,im',
): Auth {
  return {
    ...(tokens && { access_token: tokens.access, expires: EXPIRES, expires_in: '3600', scope }),
    domain: DOMAIN,
    server_endpoint: 'https://oauth.bitrix.info/rest/',
    status: 'L',
    client_endpoint: `https://${DOMAIN}/rest/`,
    member_id: MEMBER_ID,
    ...(tokens && { user_id: userId }),
    ...(tokens?.refresh !== undefined && { refresh_token: tokens.refresh }),
    application_token: TEST_APPLICATION_TOKEN,
  };
}

/** The user's tokens (fake). @internal */
export const USER_TOKENS = {
  access: 'acce55fa4eacce55fa4eacce55fa4eacce55fa4eacce55fa4eacce55fa4e0048',
  refresh: 'feedfa4efeedfa4efeedfa4efeedfa4efeedfa4efeedfa4efeedfa4efeed0048',
} as const;

/** The bot's tokens (fake). @internal */
export const BOT_TOKENS = {
  access: 'acce55b0acce55b0acce55b0acce55b0acce55b0acce55b0acce55b0acce0512',
  refresh: 'feedb0b0feedb0b0feedb0b0feedb0b0feedb0b0feedb0b0feedb0b0feed0512',
} as const;

/**
 * The event's auth of an API 1.0 event fired by the user (with tokens; a delete has no refresh
 * token).
 *
 * @param refresh Whether the refresh token comes too.
 * @returns A fresh bundle.
 * @internal
 */
export function userAuth(refresh = true): Auth {
  return portalAuth(refresh ? USER_TOKENS : { access: USER_TOKENS.access }, USER_ID);
}

/**
 * The bot's entry of an API 1.0 event (`data[BOT][512]`): its auth bundle flat and again under
 * `AUTH`, with the app's client id, and its id and code.
 *
 * @returns A fresh entry.
 * @internal
 */
export function v1BotEntry(): FormShape<RawBotEntry> {
  const auth = { ...portalAuth(BOT_TOKENS, BOT_ID), client_id: 'local.fa4efa4efa4e00.12345678' };
  return { ...auth, AUTH: { ...auth }, BOT_ID, BOT_CODE };
}

/**
 * The user as API 1.0 sends it (`data[USER]`).
 *
 * @returns A fresh user.
 * @internal
 */
export function v1User(): FormShape<RawUser> {
  return {
    ID: USER_ID,
    NAME: 'Maria Novak',
    FIRST_NAME: 'Maria',
    LAST_NAME: 'Novak',
    WORK_POSITION: 'Product manager',
    GENDER: 'F',
    IS_BOT: 'N',
    IS_CONNECTOR: 'N',
    IS_NETWORK: 'N',
    IS_EXTRANET: 'N',
  };
}

/**
 * The bot as an API 2.0 webhook sends it: `{id, code, auth}`.
 *
 * @returns A fresh bot.
 * @internal
 */
export function v2Bot(): FormShape<RawImBotV2BotWithAuth> {
  return { id: BOT_ID, code: BOT_CODE, auth: portalAuth(BOT_TOKENS, BOT_ID) };
}

/**
 * The group chat as an API 2.0 webhook sends it (booleans as `1`/`0`, `null`s left out).
 *
 * @returns A fresh chat.
 * @internal
 */
export function v2Chat(): FormShape<RawImBotV2Chat> {
  return {
    id: CHAT_ID,
    dialogId: `chat${CHAT_ID}`,
    name: 'Product launch',
    type: 'chat',
    messageType: 'C',
    owner: USER_ID,
    color: '#4ba984',
    avatar: '',
    description: 'Launch checklist & release notes',
    extranet: '0',
    role: 'member',
    entityType: '',
    entityId: '',
    entityData1: '',
    entityData2: '',
    entityData3: '',
    parentChatId: '0',
    parentMessageId: '0',
    textFieldEnabled: 'Y',
  };
}

/**
 * The user as an API 2.0 webhook sends it.
 *
 * @returns A fresh user.
 * @internal
 */
export function v2User(): FormShape<RawImBotV2User> {
  return {
    id: USER_ID,
    active: '1',
    name: 'Maria Novak',
    firstName: 'Maria',
    lastName: 'Novak',
    workPosition: 'Product manager',
    gender: 'F',
    extranet: '0',
    bot: '0',
    connector: '0',
    type: 'employee',
  };
}
