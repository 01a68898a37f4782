import type { BotEventPayload } from './BotEventPayload.js';
import {
  BOT_CODE,
  BOT_ID,
  CHAT_ID,
  TS,
  USER_ID,
  userAuth,
  v1BotEntry,
  v1User,
} from './defaultParts.js';

// The default test payloads of the API 1.0 bot events (ONIMBOTMESSAGEADD, UPDATE, DELETE,
// ONIMBOTJOINCHAT, ONIMBOTDELETE): Maria Novak (48) writes to the bot Helper (512) in the group
// chat "Product launch" (chat1200), in the shapes Bitrix24 posts them (see fixtures/v1/).

const DIALOG_ID = `chat${CHAT_ID}`;
const MENTION = `[USER=${BOT_ID}]Helper[/USER]`;

/**
 * The chat fields of `data[PARAMS]` in the group chat, as the message add event sends them.
 *
 * @returns Fresh fields.
 */
function groupChatParams() {
  return {
    MESSAGE_TYPE: 'C',
    FROM_USER_ID: USER_ID,
    DIALOG_ID,
    TO_CHAT_ID: CHAT_ID,
    AUTHOR_ID: USER_ID,
    SYSTEM: 'N',
    CHAT_ID,
    CHAT_TITLE: 'Product launch',
    CHAT_AUTHOR_ID: USER_ID,
    CHAT_TYPE: 'C',
    CHAT_AVATAR: '0',
    CHAT_COLOR: 'MINT',
    CHAT_ENTITY_TYPE: '',
    CHAT_ENTITY_ID: '',
    CHAT_ENTITY_DATA_1: '',
    CHAT_ENTITY_DATA_2: '',
    CHAT_ENTITY_DATA_3: '',
    CHAT_EXTRANET: 'N',
    CHAT_PREV_MESSAGE_ID: '7001',
    CHAT_CAN_POST: 'MEMBER',
    RID: USER_ID,
    IS_MANAGER: 'Y',
  } as const;
}

/**
 * The delivery flags of a message, as Bitrix24 sends them.
 *
 * @returns Fresh flags.
 */
function messageFlags() {
  return {
    PUSH: 'Y',
    PUSH_IMPORTANT: 'N',
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
  } as const;
}

/**
 * `data[PARAMS]` of a message that was edited or deleted: the update and delete events send the
 * message again, with `ID` beside `MESSAGE_ID` and fewer chat fields.
 *
 * @param text The message text (after the change).
 * @returns Fresh params.
 */
function changedMessageParams(text: string) {
  return {
    ID: '7002',
    CHAT_ID,
    AUTHOR_ID: USER_ID,
    MESSAGE: text,
    MESSAGE_TYPE: 'C',
    CHAT_AUTHOR_ID: USER_ID,
    CHAT_ENTITY_ID: '',
    CHAT_ENTITY_DATA_1: '',
    CHAT_ENTITY_DATA_2: '',
    CHAT_ENTITY_DATA_3: '',
    FROM_USER_ID: USER_ID,
    TO_USER_ID: '0',
    CHAT_USER_COUNT: '5',
    PLATFORM_CONTEXT: 'web',
    DIALOG_ID,
    MESSAGE_ID: '7002',
    CHAT_TYPE: 'C',
    LANGUAGE: 'en',
  } as const;
}

/**
 * ONIMBOTMESSAGEADD: Maria mentions the bot in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotMessageAddDefault(): BotEventPayload<'ONIMBOTMESSAGEADD'> {
  return {
    event: 'ONIMBOTMESSAGEADD',
    event_handler_id: '311',
    data: {
      BOT: { [BOT_ID]: v1BotEntry() },
      PARAMS: {
        MESSAGE: ', when is the release planned?',
        TEMPLATE_ID: '5d7c1f0a-3b2e-4c6d-9e8f-0a1b2c3d4e5f',
        ...groupChatParams(),
        COMMAND_CONTEXT: 'TEXTAREA',
        CHAT_USER_COUNT: '5',
        MENTIONED_LIST: { [BOT_ID]: BOT_ID },
        PLATFORM_CONTEXT: 'web',
        MESSAGE_ORIGINAL: `${MENTION}, when is the release planned?`,
        TO_USER_ID: BOT_ID,
        MESSAGE_ID: '7002',
        LANGUAGE: 'en',
        ...messageFlags(),
      },
      USER: v1User(),
    },
    ts: TS,
    auth: userAuth(),
  };
}

/**
 * ONIMBOTMESSAGEUPDATE: Maria edits that message.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotMessageUpdateDefault(): BotEventPayload<'ONIMBOTMESSAGEUPDATE'> {
  return {
    event: 'ONIMBOTMESSAGEUPDATE',
    event_handler_id: '312',
    data: {
      BOT: { [BOT_ID]: v1BotEntry() },
      PARAMS: {
        MENTIONED_LIST: { [BOT_ID]: BOT_ID },
        MESSAGE_ORIGINAL: `${MENTION}, when is the release planned? And the beta?`,
        ...changedMessageParams(', when is the release planned? And the beta?'),
      },
      USER: v1User(),
    },
    ts: '1781085660',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTMESSAGEDELETE: Maria deletes that message.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotMessageDeleteDefault(): BotEventPayload<'ONIMBOTMESSAGEDELETE'> {
  return {
    event: 'ONIMBOTMESSAGEDELETE',
    event_handler_id: '313',
    data: {
      BOT: { [BOT_ID]: v1BotEntry() },
      PARAMS: changedMessageParams('Message from 06/10/2026 12:00:00 has been deleted'),
      USER: v1User(),
    },
    ts: '1781085720',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTJOINCHAT: Maria adds the bot to the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotJoinChatDefault(): BotEventPayload<'ONIMBOTJOINCHAT'> {
  return {
    event: 'ONIMBOTJOINCHAT',
    event_handler_id: '314',
    data: {
      BOT: { [BOT_ID]: v1BotEntry() },
      PARAMS: {
        CHAT_TYPE: 'C',
        MESSAGE_TYPE: 'C',
        BOT_ID,
        USER_ID,
        CHAT_ID,
        CHAT_AUTHOR_ID: USER_ID,
        CHAT_ENTITY_TYPE: '',
        CHAT_ENTITY_ID: '',
        ACCESS_HISTORY: '1',
        SILENT_JOIN: 'N',
        DIALOG_ID,
        LANGUAGE: 'en',
      },
      USER: v1User(),
    },
    ts: '1781085540',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTDELETE: the bot is removed (the event's tokens have no refresh token).
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotDeleteDefault(): BotEventPayload<'ONIMBOTDELETE'> {
  return {
    event: 'ONIMBOTDELETE',
    event_handler_id: '315',
    data: { BOT_ID, BOT_CODE },
    ts: '1781089200',
    auth: userAuth(false),
  };
}
