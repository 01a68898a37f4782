import { encodeForm } from '../decode/encodeForm.js';
import type { KnownBotEventCode } from '../events/table.js';
import type {
  BotEventPayload,
  BotEventPayloadOverrides,
  CreateBotEventBodyOptions,
} from './BotEventPayload.js';
import { createImCommandAddPayload } from './createImCommandAddPayload.js';
import {
  appInstallDefault,
  appMethodConfirmDefault,
  appPaymentDefault,
  appTestDefault,
  appUninstallDefault,
  appUpdateDefault,
} from './defaultsApp.js';
import {
  imV2JoinChatDefault,
  imV2MessageAddDefault,
  imV2MessageDeleteDefault,
  imV2MessageUpdateDefault,
  imV2ReactionChangeDefault,
} from './defaultsImV2.js';
import {
  imBotDeleteDefault,
  imBotJoinChatDefault,
  imBotMessageAddDefault,
  imBotMessageDeleteDefault,
  imBotMessageUpdateDefault,
} from './defaultsV1.js';
import {
  imBotV2CommandAddDefault,
  imBotV2ContextGetDefault,
  imBotV2DeleteDefault,
  imBotV2JoinChatDefault,
  imBotV2MessageAddDefault,
  imBotV2MessageDeleteDefault,
  imBotV2MessageUpdateDefault,
  imBotV2ReactionChangeDefault,
} from './defaultsV2.js';

/** A map of the payload while it is merged. */
interface Tree {
  [key: string]: string | Tree;
}

/**
 * The default payload of every known event, built when asked for. The type makes the table
 * complete: a new event in the event table fails to compile here until it has a default.
 */
const DEFAULTS: { readonly [K in KnownBotEventCode]: () => BotEventPayload<K> } = {
  // The documented example of createImCommandAddPayload, so that both builders agree.
  ONIMCOMMANDADD: () => createImCommandAddPayload() as BotEventPayload<'ONIMCOMMANDADD'>,
  ONIMBOTMESSAGEADD: imBotMessageAddDefault,
  ONIMBOTMESSAGEUPDATE: imBotMessageUpdateDefault,
  ONIMBOTMESSAGEDELETE: imBotMessageDeleteDefault,
  ONIMBOTJOINCHAT: imBotJoinChatDefault,
  ONIMBOTDELETE: imBotDeleteDefault,
  ONIMBOTV2MESSAGEADD: imBotV2MessageAddDefault,
  ONIMBOTV2MESSAGEUPDATE: imBotV2MessageUpdateDefault,
  ONIMBOTV2MESSAGEDELETE: imBotV2MessageDeleteDefault,
  ONIMBOTV2JOINCHAT: imBotV2JoinChatDefault,
  ONIMBOTV2DELETE: imBotV2DeleteDefault,
  ONIMBOTV2CONTEXTGET: imBotV2ContextGetDefault,
  ONIMBOTV2COMMANDADD: imBotV2CommandAddDefault,
  ONIMBOTV2REACTIONCHANGE: imBotV2ReactionChangeDefault,
  ONIMV2MESSAGEADD: imV2MessageAddDefault,
  ONIMV2MESSAGEUPDATE: imV2MessageUpdateDefault,
  ONIMV2MESSAGEDELETE: imV2MessageDeleteDefault,
  ONIMV2REACTIONCHANGE: imV2ReactionChangeDefault,
  ONIMV2JOINCHAT: imV2JoinChatDefault,
  ONAPPINSTALL: appInstallDefault,
  ONAPPUPDATE: appUpdateDefault,
  ONAPPUNINSTALL: appUninstallDefault,
  ONAPPPAYMENT: appPaymentDefault,
  ONAPPMETHODCONFIRM: appMethodConfirmDefault,
  ONAPPTEST: appTestDefault,
};

/**
 * Builds a realistic payload of any known event for a bot's own tests, so that they need no live
 * portal: the event's default (one made-up portal, its bot Helper, its user Maria Novak and, for
 * chat events, their group chat `chat1200`; fake tokens of the real shape) with your overrides
 * merged in. For ONIMCOMMANDADD the default is {@link createImCommandAddPayload}'s.
 *
 * The payload is what `parse_str` makes of the form body Bitrix24 posts: every scalar a string
 * (overridden numbers as their digits, booleans as `'1'`/`'0'`), no empty maps (PHP leaves them
 * out, so removing every key of a map removes the map). The builder does not validate: an
 * override may break the payload on purpose (a missing dialog id, a wrong time), and the parser
 * then fails as it would on such a request.
 *
 * @param code The event code; it picks the default and types the overrides and the result.
 * @param overrides Changes to the default, by wire key, checked against the event's wire type:
 *   nested maps merge, a leaf replaces, `undefined` removes the key.
 * @returns A fresh payload; changing it changes nothing else.
 * @throws {TypeError} For an unknown code, or an override key named `__proto__`, `constructor`
 *   or `prototype`.
 *
 * @example
 * ```ts
 * const payload = createBotEventPayload('ONIMBOTMESSAGEADD', {
 *   data: { PARAMS: { MESSAGE: 'help' }, USER: { NAME: 'Ada Lovelace' } },
 *   auth: { application_token: 'test-token' },
 * });
 * const event = parseImBotMessageAdd(payload);
 * event.message.text;    // 'help'
 * event.chat.dialogId;   // 'chat1200'
 * ```
 * @category Testing
 */
export function createBotEventPayload<K extends KnownBotEventCode>(
  code: K,
  overrides?: BotEventPayloadOverrides<K>,
): BotEventPayload<K> {
  const build = Object.hasOwn(DEFAULTS, code) ? DEFAULTS[code] : undefined;
  if (typeof build !== 'function') {
    throw new TypeError(
      `[bitrix24-imbot-events] createBotEventPayload has no default for ${JSON.stringify(code)}`,
    );
  }
  const payload = build() as unknown as Tree;
  return mergeInto(
    payload,
    (overrides ?? {}) as Readonly<Record<string, unknown>>,
  ) as BotEventPayload<K>;
}

/**
 * Like {@link createBotEventPayload}, encoded as a request body: the form body Bitrix24 posts
 * (`application/x-www-form-urlencoded`, byte-identical to PHP's `http_build_query`, by
 * {@link encodeForm}), or with `{ format: 'json' }` the payload as JSON.
 *
 * @param code The event code.
 * @param overrides Changes to the default, by wire key.
 * @param options The body's format.
 * @returns The body.
 * @throws {TypeError} As {@link createBotEventPayload}, and for an unknown format.
 *
 * @example
 * ```ts
 * const response = await app.request('/bot', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded' },
 *   body: createBotEventBody('ONIMBOTV2MESSAGEADD', { data: { message: { text: 'help' } } }),
 * });
 * ```
 * @category Testing
 */
export function createBotEventBody<K extends KnownBotEventCode>(
  code: K,
  overrides?: BotEventPayloadOverrides<K>,
  options?: CreateBotEventBodyOptions,
): string {
  const format = options?.format ?? 'form';
  if (format !== 'form' && format !== 'json') {
    throw new TypeError(
      `[bitrix24-imbot-events] createBotEventBody: format must be 'form' or 'json', found ${JSON.stringify(format)}`,
    );
  }
  const payload = createBotEventPayload(code, overrides);
  return format === 'json' ? JSON.stringify(payload) : encodeForm(payload);
}

/**
 * Merges overrides into a fresh tree, in place: maps merge, scalars replace as their PHP text,
 * `undefined` and `null` remove; maps left empty are removed, as `http_build_query` drops them.
 *
 * @param tree The tree (a fresh default, owned here).
 * @param overrides The overrides.
 * @returns The tree.
 */
function mergeInto(tree: Tree, overrides: Readonly<Record<string, unknown>>): Tree {
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new TypeError(`[bitrix24-imbot-events] no Bitrix24 payload has a key named ${key}`);
    }
    const value = overrides[key];
    if (value === undefined || value === null) {
      delete tree[key];
    } else if (typeof value === 'object') {
      const current = tree[key];
      const merged = mergeInto(
        typeof current === 'object' ? current : {},
        value as Readonly<Record<string, unknown>>,
      );
      if (Object.keys(merged).length > 0) tree[key] = merged;
      else delete tree[key];
    } else {
      tree[key] = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    }
  }
  return tree;
}
