/**
 * The competitor: what a competent user writes without this library. Express's
 * `urlencoded({ extended: true })` (qs with body-parser 2's options), then a zod schema that
 * validates and normalizes the same fields to the same shape.
 */
import qs from 'qs';
import { z } from 'zod';

const id = z.string().regex(/^\d+$/).transform(Number);
const flag = z.enum(['Y', 'N', '1', '0']).transform((value) => value === 'Y' || value === '1');
const time = id.transform((seconds) => new Date(seconds * 1000));
const text = z.string();

const auth = z
  .object({
    access_token: text.optional(),
    refresh_token: text.optional(),
    expires: time.optional(),
    expires_in: id.optional(),
    scope: text.optional(),
    domain: text,
    server_endpoint: text.optional(),
    client_endpoint: text.optional(),
    status: text.optional(),
    member_id: text,
    user_id: id.optional(),
    client_id: text.optional(),
    application_token: text,
  })
  .transform((a) => ({
    accessToken: a.access_token,
    refreshToken: a.refresh_token,
    expiresAt: a.expires,
    expiresIn: a.expires_in,
    scope: a.scope?.split(/[\s,]+/).filter(Boolean),
    domain: a.domain,
    serverEndpoint: a.server_endpoint,
    clientEndpoint: a.client_endpoint,
    status:
      (
        { L: 'local', F: 'free', D: 'demo', T: 'trial', P: 'paid', S: 'system' } as Record<
          string,
          string
        >
      )[a.status ?? ''] ?? 'unknown',
    memberId: a.member_id,
    userId: a.user_id,
    clientId: a.client_id,
    applicationToken: a.application_token,
  }));

const command = z
  .object({
    AUTH: auth,
    BOT_ID: id,
    BOT_CODE: text,
    COMMAND: text,
    COMMAND_ID: id,
    COMMAND_PARAMS: text,
    COMMAND_CONTEXT: text,
    MESSAGE_ID: id,
  })
  .transform((c) => ({
    id: c.COMMAND_ID,
    botId: c.BOT_ID,
    botCode: c.BOT_CODE,
    command: c.COMMAND,
    params: c.COMMAND_PARAMS,
    context: c.COMMAND_CONTEXT.toLowerCase(),
    messageId: c.MESSAGE_ID,
    botAuth: c.AUTH,
  }));

const params = z.object({
  MESSAGE: text,
  TEMPLATE_ID: text.optional(),
  MESSAGE_TYPE: text,
  FROM_USER_ID: id,
  DIALOG_ID: text,
  TO_CHAT_ID: id,
  AUTHOR_ID: id,
  SYSTEM: flag,
  TO_USER_ID: id.optional(),
  CHAT_ID: id.optional(),
  CHAT_PARENT_ID: id.optional(),
  CHAT_PARENT_MID: id.optional(),
  CHAT_TITLE: text.optional(),
  CHAT_AUTHOR_ID: id.optional(),
  CHAT_TYPE: text,
  CHAT_AVATAR: id.optional(),
  CHAT_COLOR: text.optional(),
  CHAT_ENTITY_TYPE: text.optional(),
  CHAT_ENTITY_ID: text.optional(),
  CHAT_ENTITY_DATA_1: text.optional(),
  CHAT_ENTITY_DATA_2: text.optional(),
  CHAT_ENTITY_DATA_3: text.optional(),
  CHAT_EXTRANET: flag.optional(),
  CHAT_PREV_MESSAGE_ID: id.optional(),
  CHAT_CAN_POST: text.optional(),
  RID: id.optional(),
  IS_MANAGER: flag.optional(),
  BOT_IN_CHAT: z.union([z.array(id), z.record(z.string(), id)]).optional(),
  SKIP_USER_CHECK: flag.optional(),
  PUSH: flag.optional(),
  PUSH_IMPORTANT: flag.optional(),
  RECENT_ADD: flag.optional(),
  RECENT_SKIP_AUTHOR: flag.optional(),
  CONVERT: flag.optional(),
  SKIP_COMMAND: flag.optional(),
  SKIP_COUNTER_INCREMENTS: flag.optional(),
  SILENT_CONNECTOR: flag.optional(),
  SKIP_CONNECTOR: flag.optional(),
  IMPORTANT_CONNECTOR: flag.optional(),
  NO_SESSION_OL: flag.optional(),
  FAKE_RELATION: z.string().transform(Number).optional(),
  SKIP_URL_INDEX: flag.optional(),
  MESSAGE_ID: id,
  LANGUAGE: text,
});

const user = z.object({
  ID: id,
  NAME: text,
  FIRST_NAME: text,
  LAST_NAME: text,
  GENDER: text.optional(),
});

/** The zod schema: validates qs output and normalizes it to the same event shape. */
export const zodImCommandAdd = z
  .object({
    event: z.literal('ONIMCOMMANDADD'),
    event_handler_id: id,
    ts: time,
    auth,
    data: z.object({
      // qs gives an array for small command ids, an object otherwise.
      COMMAND: z.union([z.array(command), z.record(z.string(), command)]),
      PARAMS: params,
      USER: user.optional(),
    }),
  })
  .transform((e) => {
    const p = e.data.PARAMS;
    const isPrivate = p.CHAT_TYPE === 'P';
    return {
      event: e.event,
      handlerId: e.event_handler_id,
      sentAt: e.ts,
      auth: e.auth,
      commands: Array.isArray(e.data.COMMAND) ? e.data.COMMAND : Object.values(e.data.COMMAND),
      message: {
        id: p.MESSAGE_ID,
        text: p.MESSAGE,
        templateId: p.TEMPLATE_ID,
        authorId: p.AUTHOR_ID,
        fromUserId: p.FROM_USER_ID,
        chatId: p.TO_CHAT_ID,
        isSystem: p.SYSTEM,
        fakeRelation: p.FAKE_RELATION,
        flags: {
          skipUserCheck: p.SKIP_USER_CHECK,
          push: p.PUSH,
          pushImportant: p.PUSH_IMPORTANT,
          recentAdd: p.RECENT_ADD,
          recentSkipAuthor: p.RECENT_SKIP_AUTHOR,
          convert: p.CONVERT,
          skipCommand: p.SKIP_COMMAND,
          skipCounterIncrements: p.SKIP_COUNTER_INCREMENTS,
          silentConnector: p.SILENT_CONNECTOR,
          skipConnector: p.SKIP_CONNECTOR,
          importantConnector: p.IMPORTANT_CONNECTOR,
          noSessionOl: p.NO_SESSION_OL,
          skipUrlIndex: p.SKIP_URL_INDEX,
        },
      },
      chat: isPrivate
        ? {
            type: 'private',
            messageType: p.MESSAGE_TYPE,
            dialogId: p.DIALOG_ID,
            id: p.TO_CHAT_ID,
            toUserId: p.TO_USER_ID,
          }
        : {
            type: 'chat',
            messageType: p.MESSAGE_TYPE,
            dialogId: p.DIALOG_ID,
            id: p.CHAT_ID ?? p.TO_CHAT_ID,
            name: p.CHAT_TITLE ?? '',
            owner: p.CHAT_AUTHOR_ID,
            parentChatId: p.CHAT_PARENT_ID || null,
            parentMessageId: p.CHAT_PARENT_MID || null,
            avatarId: p.CHAT_AVATAR || null,
            color: p.CHAT_COLOR,
            entityType: p.CHAT_ENTITY_TYPE,
            entityId: p.CHAT_ENTITY_ID,
            entityData1: p.CHAT_ENTITY_DATA_1,
            entityData2: p.CHAT_ENTITY_DATA_2,
            entityData3: p.CHAT_ENTITY_DATA_3,
            extranet: p.CHAT_EXTRANET,
            prevMessageId: p.CHAT_PREV_MESSAGE_ID || null,
            canPost: p.CHAT_CAN_POST,
            relationId: p.RID,
            isManager: p.IS_MANAGER,
            botIds: p.BOT_IN_CHAT === undefined ? [] : Object.values(p.BOT_IN_CHAT),
          },
      user: e.data.USER
        ? {
            id: e.data.USER.ID,
            name: e.data.USER.NAME,
            firstName: e.data.USER.FIRST_NAME,
            lastName: e.data.USER.LAST_NAME,
            gender: e.data.USER.GENDER,
          }
        : null,
      language: p.LANGUAGE,
    };
  });

/** body-parser 2's `urlencoded({ extended: true })`: qs with the options it passes. */
export function expressQs(body: string): unknown {
  const parameterCount = body.split('&').length;
  return qs.parse(body, {
    allowPrototypes: true,
    arrayLimit: Math.max(100, parameterCount),
    depth: 32,
    parameterLimit: 1000,
    strictDepth: true,
  });
}

/** The whole competitor: decode with qs, then validate and normalize with zod. */
export function qsPlusZod(body: string): unknown {
  return zodImCommandAdd.parse(expressQs(body));
}
