import type { BotEventPayload } from './BotEventPayload.js';
import {
  BOT_CODE,
  BOT_ID,
  CHAT_ID,
  TS,
  USER_ID,
  userAuth,
  v2Bot,
  v2Chat,
  v2User,
} from './defaultParts.js';

// The default test payloads of the API 2.0 bot events (ONIMBOTV2*): the same portal, bot, user
// and group chat as the API 1.0 ones, in API 2.0's camelCase entities as a webhook posts them
// (see fixtures/v2/): every scalar a string, booleans as `1`/`0`, `null` and empty arrays left
// out, dates ISO 8601 in the portal's time zone.

const MENTION = `[USER=${BOT_ID}]Helper[/USER]`;

/**
 * The message Maria writes in the group chat.
 *
 * @param text Its text.
 * @returns A fresh message.
 */
function message(text: string) {
  return {
    id: '7002',
    chatId: CHAT_ID,
    authorId: USER_ID,
    date: '2026-06-10T12:00:00+02:00',
    text,
    isSystem: '0',
    uuid: '',
    viewedByOthers: '0',
  } as const;
}

/**
 * ONIMBOTV2MESSAGEADD: Maria mentions the bot in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2MessageAddDefault(): BotEventPayload<'ONIMBOTV2MESSAGEADD'> {
  return {
    event: 'ONIMBOTV2MESSAGEADD',
    event_handler_id: '321',
    data: {
      bot: v2Bot(),
      message: message(`${MENTION} when is the release planned?`),
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: TS,
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2MESSAGEUPDATE: Maria edits that message.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2MessageUpdateDefault(): BotEventPayload<'ONIMBOTV2MESSAGEUPDATE'> {
  return {
    event: 'ONIMBOTV2MESSAGEUPDATE',
    event_handler_id: '322',
    data: {
      bot: v2Bot(),
      message: {
        ...message(`${MENTION} when is the release planned? And the beta?`),
        params: { IS_EDITED: 'Y' },
      },
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085660',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2MESSAGEDELETE: Maria deletes that message (only its id comes).
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2MessageDeleteDefault(): BotEventPayload<'ONIMBOTV2MESSAGEDELETE'> {
  return {
    event: 'ONIMBOTV2MESSAGEDELETE',
    event_handler_id: '323',
    data: {
      bot: v2Bot(),
      messageId: '7002',
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085720',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2JOINCHAT: Maria adds the bot to the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2JoinChatDefault(): BotEventPayload<'ONIMBOTV2JOINCHAT'> {
  return {
    event: 'ONIMBOTV2JOINCHAT',
    event_handler_id: '324',
    data: {
      bot: v2Bot(),
      dialogId: `chat${CHAT_ID}`,
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085540',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2DELETE: the bot is removed (no auth of its own left, no refresh token).
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2DeleteDefault(): BotEventPayload<'ONIMBOTV2DELETE'> {
  return {
    event: 'ONIMBOTV2DELETE',
    event_handler_id: '325',
    data: { bot: { id: BOT_ID, code: BOT_CODE } },
    ts: '1781089200',
    auth: userAuth(false),
  };
}

/**
 * ONIMBOTV2CONTEXTGET: Maria opens the group chat from a link that passes context data.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2ContextGetDefault(): BotEventPayload<'ONIMBOTV2CONTEXTGET'> {
  return {
    event: 'ONIMBOTV2CONTEXTGET',
    event_handler_id: '326',
    data: {
      bot: v2Bot(),
      dialogId: `chat${CHAT_ID}`,
      context: { source: 'release-page', page: 'https://example.com/releases/2.0?tab=notes' },
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085780',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2COMMANDADD: Maria types `/status launch` in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2CommandAddDefault(): BotEventPayload<'ONIMBOTV2COMMANDADD'> {
  return {
    event: 'ONIMBOTV2COMMANDADD',
    event_handler_id: '327',
    data: {
      bot: v2Bot(),
      command: { id: '21', command: '/status', params: 'launch', context: 'textarea' },
      message: { ...message('/status launch'), id: '7003' },
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085840',
    auth: userAuth(),
  };
}

/**
 * ONIMBOTV2REACTIONCHANGE: Maria likes the bot's answer in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imBotV2ReactionChangeDefault(): BotEventPayload<'ONIMBOTV2REACTIONCHANGE'> {
  return {
    event: 'ONIMBOTV2REACTIONCHANGE',
    event_handler_id: '328',
    data: {
      bot: v2Bot(),
      reaction: 'like',
      action: 'add',
      message: {
        ...message('The release is planned for June 30.'),
        id: '7004',
        authorId: BOT_ID,
        date: '2026-06-10T12:00:05+02:00',
        viewedByOthers: '1',
      },
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
    ts: '1781085900',
    auth: userAuth(),
  };
}
