import { encodeForm } from '../decode/encodeForm.js';
import { TEST_APPLICATION_TOKEN } from './defaultParts.js';

/**
 * A wire payload as Bitrix24 posts it: Bitrix key names, string leaves, nested maps.
 *
 * @category Testing
 */
export interface WirePayload {
  [key: string]: string | WirePayload;
}

/**
 * Overrides for {@link createImCommandAddPayload}: nested maps merge into the example, a string
 * replaces a leaf, and `undefined` removes a key (as `http_build_query` drops `null`).
 *
 * @category Testing
 */
export interface WirePayloadOverrides {
  [key: string]: string | number | boolean | WirePayloadOverrides | undefined;
}

/** Options of {@link createImCommandAddPayload}. @category Testing */
export interface CreatePayloadOptions {
  /**
   * Which documented example to start from: the group chat or the private chat one.
   *
   * @default 'group'
   */
  readonly chat?: 'group' | 'private' | undefined;
}

// The documented examples of the ONIMCOMMANDADD page (English edition), as the wire payload, but
// for the application token: TEST_APPLICATION_TOKEN, the one every test payload carries.

// Each command entry repeats its bot's token bundle flat and under AUTH, as Bitrix24 sends it.

const GROUP_BOT_AUTH: WirePayload = {
  access_token: 'f1ca0690000071b006e2cf20050b00074d9ed82e255b',
  expires: '1772100799',
  expires_in: '3600',
  scope: 'imbot',
  domain: 'some-domain.bitrix24.com',
  server_endpoint: 'https://oauth.bitrix.info/rest/',
  status: 'F',
  client_endpoint: 'https://some-domain.bitrix24.com/rest/',
  member_id: 'd897063e1ce7c5eb9f04b9751eef5915',
  refresh_token: 'af9bc7690000071b006e2cf2050b00074d5d4c29337afbc6bb',
  user_id: '1291',
  client_id: 'a7eff906dd1d950269258a599214f69e',
  application_token: TEST_APPLICATION_TOKEN,
};

const GROUP: WirePayload = {
  event: 'ONIMCOMMANDADD',
  event_handler_id: '1035',
  data: {
    COMMAND: {
      '99': {
        ...GROUP_BOT_AUTH,
        AUTH: { ...GROUP_BOT_AUTH },
        BOT_ID: '1291',
        BOT_CODE: 'BOT_GM',
        COMMAND: 'echo',
        COMMAND_ID: '99',
        COMMAND_PARAMS: 'test',
        COMMAND_CONTEXT: 'TEXTAREA',
        MESSAGE_ID: '33871',
      },
    },
    PARAMS: {
      MESSAGE: '/echo test',
      TEMPLATE_ID: 'eb3d5b1c-0830-4728-a7a3-73e9745a90a1',
      MESSAGE_TYPE: 'C',
      FROM_USER_ID: '1269',
      DIALOG_ID: 'chat2725',
      TO_CHAT_ID: '2725',
      AUTHOR_ID: '1269',
      SYSTEM: 'N',
      CHAT_ID: '2725',
      CHAT_PARENT_ID: '0',
      CHAT_PARENT_MID: '0',
      CHAT_TITLE: 'New chat name',
      CHAT_AUTHOR_ID: '1291',
      CHAT_TYPE: 'C',
      CHAT_AVATAR: '33079',
      CHAT_COLOR: 'GREEN',
      CHAT_ENTITY_TYPE: 'CHAT',
      CHAT_ENTITY_ID: '13',
      CHAT_ENTITY_DATA_1: '',
      CHAT_ENTITY_DATA_2: '',
      CHAT_ENTITY_DATA_3: '',
      CHAT_EXTRANET: 'N',
      CHAT_PREV_MESSAGE_ID: '0',
      CHAT_CAN_POST: 'MEMBER',
      RID: '1269',
      IS_MANAGER: 'N',
      BOT_IN_CHAT: {
        '1291': '1291',
      },
      SKIP_USER_CHECK: 'Y',
      PUSH: 'Y',
      PUSH_IMPORTANT: 'N',
      RECENT_ADD: 'Y',
      RECENT_SKIP_AUTHOR: 'N',
      CONVERT: 'N',
      SKIP_COMMAND: 'N',
      SKIP_COUNTER_INCREMENTS: 'N',
      SILENT_CONNECTOR: 'N',
      SKIP_CONNECTOR: 'N',
      IMPORTANT_CONNECTOR: 'N',
      NO_SESSION_OL: 'N',
      FAKE_RELATION: '0',
      SKIP_URL_INDEX: 'N',
      MESSAGE_ID: '33871',
      LANGUAGE: 'en',
    },
    USER: {
      ID: '1269',
      NAME: 'John Smith',
      FIRST_NAME: 'John',
      LAST_NAME: 'Smith',
      GENDER: 'M',
    },
  },
  ts: '1772097199',
  auth: {
    access_token: 'bf1ca06900071b006e2cf200004f500031d5d527f58a97b0768',
    expires: '1772100799',
    expires_in: '3600',
    scope: 'imbot',
    domain: 'some-domain.bitrix24.com',
    server_endpoint: 'https://oauth.bitrix.info/rest/',
    status: 'F',
    client_endpoint: 'https://some-domain.bitrix24.com/rest/',
    member_id: 'd897063e1ce7c5eb9f04b9751eef5915',
    user_id: '1269',
    refresh_token: 'af9bc76900071b006e2cf200004f50080d2934573350daabf8',
    application_token: TEST_APPLICATION_TOKEN,
  },
};

const PRIVATE_BOT_AUTH: WirePayload = {
  access_token: 'be4ca0690000071b006e2cf200050b0077317605eb83b25d2bd6',
  expires: '1772113086',
  expires_in: '3600',
  scope: 'imbot',
  domain: 'some-domain.bitrix24.com',
  server_endpoint: 'https://oauth.bitrix.info/rest/',
  status: 'F',
  client_endpoint: 'https://some-domain.bitrix24.com/rest/',
  member_id: 'd897063e1ce7c5eb9f04b9751eef5915',
  refresh_token: 'aecbc7690000071b006e2cf200050b007f827f47e120e49da',
  user_id: '1291',
  client_id: 'a7eff906dd1d950269258a599214f69e',
  application_token: TEST_APPLICATION_TOKEN,
};

const PRIVATE: WirePayload = {
  event: 'ONIMCOMMANDADD',
  event_handler_id: '1045',
  data: {
    COMMAND: {
      '103': {
        ...PRIVATE_BOT_AUTH,
        AUTH: { ...PRIVATE_BOT_AUTH },
        BOT_ID: '1291',
        BOT_CODE: 'BOT_GM',
        COMMAND: 'echo',
        COMMAND_ID: '103',
        COMMAND_PARAMS: 'test',
        COMMAND_CONTEXT: 'TEXTAREA',
        MESSAGE_ID: '33899',
      },
    },
    PARAMS: {
      MESSAGE: '/echo test',
      TEMPLATE_ID: 'acae8d22-4536-4f47-a276-2e3bdf866475',
      MESSAGE_TYPE: 'P',
      FROM_USER_ID: '1269',
      DIALOG_ID: '1269',
      TO_CHAT_ID: '2737',
      AUTHOR_ID: '1269',
      SYSTEM: 'N',
      TO_USER_ID: '1291',
      SKIP_USER_CHECK: 'Y',
      PUSH: 'Y',
      PUSH_IMPORTANT: 'N',
      RECENT_ADD: 'Y',
      RECENT_SKIP_AUTHOR: 'N',
      CONVERT: 'N',
      SKIP_COMMAND: 'N',
      SKIP_COUNTER_INCREMENTS: 'N',
      SILENT_CONNECTOR: 'N',
      SKIP_CONNECTOR: 'N',
      IMPORTANT_CONNECTOR: 'N',
      NO_SESSION_OL: 'N',
      FAKE_RELATION: '0',
      SKIP_URL_INDEX: 'N',
      MESSAGE_ID: '33899',
      CHAT_TYPE: 'P',
      LANGUAGE: 'en',
    },
    USER: {
      ID: '1269',
      NAME: 'John Smith',
      FIRST_NAME: 'John',
      LAST_NAME: 'Smith',
      GENDER: 'M',
    },
  },
  ts: '1772109486',
  auth: {
    access_token: 'be4ca06900071b006e2cf200004f50005243fd374178cf59f7831',
    expires: '1772113086',
    expires_in: '3600',
    scope: 'imbot',
    domain: 'some-domain.bitrix24.com',
    server_endpoint: 'https://oauth.bitrix.info/rest/',
    status: 'F',
    client_endpoint: 'https://some-domain.bitrix24.com/rest/',
    member_id: 'd897063e1ce7c5eb9f04b9751eef5915',
    user_id: '1269',
    refresh_token: 'aecbc76900071b006e2cf200004f50000f2e62ee8e8baa598968',
    application_token: TEST_APPLICATION_TOKEN,
  },
};

/**
 * Builds a realistic ONIMCOMMANDADD payload for a bot's own tests, so that they need no live
 * portal: the documented example (group chat by default) with your overrides merged in. Its
 * application token, top-level and in the bot's entry, is {@link TEST_APPLICATION_TOKEN} (the
 * documentation's own is `8e3ab48a…`). Post it as Bitrix24 does with {@link encodeForm}, or use
 * {@link createImCommandAddBody}.
 *
 * @param overrides Changes to the example, by wire key; nested maps merge, `undefined` removes.
 * @param options Which example to start from.
 * @returns A fresh payload; changing it changes nothing else.
 * @throws {TypeError} For an override key named `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * ```ts
 * const payload = createImCommandAddPayload({
 *   data: { COMMAND: { 99: { COMMAND: 'weather', COMMAND_PARAMS: 'Berlin' } } },
 *   auth: { application_token: 'test-token' },
 * });
 * const response = await app.request('/bot', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded' },
 *   body: encodeForm(payload),
 * });
 * ```
 * @category Testing
 */
export function createImCommandAddPayload(
  overrides?: WirePayloadOverrides,
  options?: CreatePayloadOptions,
): WirePayload {
  const example = options?.chat === 'private' ? PRIVATE : GROUP;
  return merge(example, overrides ?? {});
}

/**
 * Like {@link createImCommandAddPayload}, encoded as the form body Bitrix24 posts
 * (`application/x-www-form-urlencoded`, byte-identical to PHP's `http_build_query`).
 *
 * @param overrides Changes to the example, by wire key.
 * @param options Which example to start from.
 * @returns The body.
 *
 * @example
 * ```ts
 * const body = createImCommandAddBody({ data: { COMMAND: { 99: { COMMAND_PARAMS: 'Berlin' } } } });
 * // 'event=ONIMCOMMANDADD&event_handler_id=1035&data%5BCOMMAND%5D%5B99%5D...'
 * parseImCommandAdd(body).commands[0].params; // 'Berlin'
 * ```
 * @category Testing
 */
export function createImCommandAddBody(
  overrides?: WirePayloadOverrides,
  options?: CreatePayloadOptions,
): string {
  return encodeForm(createImCommandAddPayload(overrides, options));
}

function merge(base: WirePayload, overrides: WirePayloadOverrides): WirePayload {
  const out: WirePayload = {};
  for (const key of Object.keys(base)) {
    const value = base[key] as string | WirePayload;
    out[key] = typeof value === 'string' ? value : merge(value, {});
  }
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new TypeError(`[bitrix24-imbot-events] no Bitrix24 payload has a key named ${key}`);
    }
    const value = overrides[key];
    if (value === undefined) {
      delete out[key];
    } else if (typeof value === 'object' && value !== null) {
      const current = out[key];
      out[key] = merge(typeof current === 'object' ? current : {}, value);
    } else {
      out[key] = String(typeof value === 'boolean' ? Number(value) : value);
    }
  }
  return out;
}
