import type { BotEventPayload } from './BotEventPayload.js';
import { CHAT_ID, USER_ID, v2Chat, v2User } from './defaultParts.js';

// The default test payloads of the API 2.0 user events (ONIMV2*): what Maria, who subscribed
// with `im.v2.Event.subscribe`, sees happen in the group chat of the other defaults. These events
// are only polled (`im.v2.Event.get`, or `imbot.v2.Event.get` with `withUserEvents`), so a default
// is `{ event, data }`: the item's type and its data, with no `ts` and no `auth`, every scalar a
// string as a form body carries it.

/**
 * The message Maria writes in the group chat.
 *
 * @param text Its text.
 * @returns A fresh message.
 */
function message(text: string) {
  return {
    id: '7010',
    chatId: CHAT_ID,
    authorId: USER_ID,
    date: '2026-06-10T12:10:00+02:00',
    text,
    isSystem: '0',
    uuid: '',
    viewedByOthers: '0',
  } as const;
}

/**
 * ONIMV2MESSAGEADD: Maria writes in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imV2MessageAddDefault(): BotEventPayload<'ONIMV2MESSAGEADD'> {
  return {
    event: 'ONIMV2MESSAGEADD',
    data: {
      message: message('The release notes are ready for review.'),
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
  };
}

/**
 * ONIMV2MESSAGEUPDATE: Maria edits that message.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imV2MessageUpdateDefault(): BotEventPayload<'ONIMV2MESSAGEUPDATE'> {
  return {
    event: 'ONIMV2MESSAGEUPDATE',
    data: {
      message: message('The release notes are ready for review (v2).'),
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
  };
}

/**
 * ONIMV2MESSAGEDELETE: Maria deletes that message (only its id comes).
 *
 * @returns A fresh payload.
 * @internal
 */
export function imV2MessageDeleteDefault(): BotEventPayload<'ONIMV2MESSAGEDELETE'> {
  return {
    event: 'ONIMV2MESSAGEDELETE',
    data: { messageId: '7010', chat: v2Chat(), user: v2User(), language: 'en' },
  };
}

/**
 * ONIMV2REACTIONCHANGE: Maria likes a colleague's message in the group chat.
 *
 * @returns A fresh payload.
 * @internal
 */
export function imV2ReactionChangeDefault(): BotEventPayload<'ONIMV2REACTIONCHANGE'> {
  return {
    event: 'ONIMV2REACTIONCHANGE',
    data: {
      reaction: 'like',
      action: 'add',
      message: {
        ...message('Staging is green, shipping at 3 pm.'),
        id: '7011',
        authorId: '53',
        date: '2026-06-10T12:12:00+02:00',
        viewedByOthers: '1',
      },
      chat: v2Chat(),
      user: v2User(),
      language: 'en',
    },
  };
}

/**
 * ONIMV2JOINCHAT: Omar Haddad is added to the group chat (`user` is the new member).
 *
 * @returns A fresh payload.
 * @internal
 */
export function imV2JoinChatDefault(): BotEventPayload<'ONIMV2JOINCHAT'> {
  return {
    event: 'ONIMV2JOINCHAT',
    data: {
      dialogId: `chat${CHAT_ID}`,
      chat: v2Chat(),
      user: {
        ...v2User(),
        id: '53',
        name: 'Omar Haddad',
        firstName: 'Omar',
        lastName: 'Haddad',
        workPosition: 'Release engineer',
        gender: 'M',
      },
      language: 'en',
    },
  };
}
