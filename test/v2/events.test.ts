import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ImBotV2ChatEventBase } from '../../src/index.js';
import {
  decodeForm,
  type EventInput,
  ImBotV2CommandAddSchema,
  ImBotV2ContextGetSchema,
  ImBotV2DeleteSchema,
  ImBotV2JoinChatSchema,
  ImBotV2MessageAddSchema,
  ImBotV2MessageDeleteSchema,
  ImBotV2MessageUpdateSchema,
  ImBotV2ReactionChangeSchema,
  type ParseOptions,
  parseImBotV2CommandAdd,
  parseImBotV2ContextGet,
  parseImBotV2Delete,
  parseImBotV2JoinChat,
  parseImBotV2MessageAdd,
  parseImBotV2MessageDelete,
  parseImBotV2MessageUpdate,
  parseImBotV2ReactionChange,
  safeParseImBotV2MessageAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { inputShapes, withoutRaw } from '../support/shapes.js';

type Parse<T> = (input: EventInput, options?: ParseOptions) => T;

/** Every input shape of a fixture: its form body (a webhook), its JSON text and object, and more. */
function shapes(name: string): [string, EventInput][] {
  return inputShapes(fixtureText(`v2/${name}.form.txt`), fixtureText(`v2/${name}.json`));
}

/**
 * Parses every shape of a fixture; all must give the same event (compared without `raw`, dates as
 * ISO strings). The form body's event comes back, and the pipeline schema must agree with it.
 */
function parseAll<T extends object>(
  name: string,
  parse: Parse<T>,
  schema: v.GenericSchema<unknown, T>,
): T {
  const form = fixtureText(`v2/${name}.form.txt`);
  const event = parse(form);
  const expected = withoutRaw(event);
  for (const [shape, input] of shapes(name)) {
    expect(withoutRaw(parse(input)), `${name} (${shape})`).toEqual(expected);
  }
  expect(withoutRaw(v.parse(schema, { ...decodeForm(form) })), `${name} (schema)`).toEqual(
    expected,
  );
  return event;
}

const INGRID = {
  id: 58,
  name: 'Ingrid Solberg',
  firstName: 'Ingrid',
  lastName: 'Solberg',
  gender: 'F',
  workPosition: 'Account manager',
  isBot: false,
  isConnector: false,
  isExtranet: false,
  active: true,
  color: '#1eb4aa',
  avatarUrl: 'https://northwind.bitrix24.de/upload/resize_cache/main/4e1/100_100_2/solberg.png',
  birthday: '',
  externalAuthId: 'default',
  status: 'online',
  idle: false,
  lastActivityDate: new Date('2026-06-09T12:04:51.000Z'),
  mobileLastDate: false,
  desktopLastDate: new Date('2026-06-09T07:12:03.000Z'),
  absent: false,
  departments: [3, 11],
  phones: { workPhone: '+49 30 5550172', personalMobile: '' },
  type: 'employee',
  website: '',
  email: 'ingrid.solberg@northwind.example',
};

/** What both chats of the fixtures say alike: no thread, no link, the input field on. */
const CHAT_DEFAULTS = {
  parentChatId: null,
  parentMessageId: null,
  extranet: false,
  containsCollaber: false,
  entityType: '',
  entityId: '',
  entityData1: '',
  entityData2: '',
  entityData3: '',
  isNew: false,
  textFieldEnabled: true,
};

const PRIVATE_CHAT = {
  ...CHAT_DEFAULTS,
  type: 'private',
  messageType: 'P',
  dialogId: '58',
  id: 7391,
  toUserId: 315,
  name: 'Ingrid Solberg',
  owner: 0,
  color: '#1eb4aa',
  description: '',
};

const GROUP_CHAT = {
  ...CHAT_DEFAULTS,
  type: 'chat',
  messageType: 'C',
  dialogId: 'chat7400',
  id: 7400,
  name: 'Отдел продаж — Q3 🚀',
  owner: 58,
  color: '#ab7761',
  avatarUrl: 'https://northwind.bitrix24.de/upload/im/chat7400.png',
  description: 'Orders & invoices, <b>urgent</b> first',
  entityLink: { type: '', url: '' },
  diskFolderId: 2288,
  permissions: {
    manageUsersAdd: 'member',
    manageUsersDelete: 'manager',
    manageUi: 'member',
    manageSettings: 'owner',
    canPost: 'member',
  },
  botIds: [],
};

const PORTAL = {
  domain: 'northwind.bitrix24.de',
  memberId: 'a17c0de5a17c0de5a17c0de5a17c0de5',
  applicationToken: '7e57ab1e7e57ab1e7e57ab1e7e57ab1e',
  serverEndpoint: 'https://oauth.bitrix.info/rest/',
  clientEndpoint: 'https://northwind.bitrix24.de/rest/',
  status: 'free',
  scope: ['imbot', 'im'],
  expiresIn: 3600,
};

/** What every chat event of the fixtures shares. */
function expectBase(event: ImBotV2ChatEventBase, handlerId: number) {
  expect(event.handlerId).toBe(handlerId);
  expect(event.auth).toMatchObject({ ...PORTAL, userId: 58 });
  expect(event.auth.accessToken).toMatch(/^[0-9a-f]{64}$/);
  expect(event.bot).toMatchObject({ id: 315, code: 'orders_bot' });
  expect(event.bot.auth).toMatchObject({ ...PORTAL, userId: 315 });
  expect(event.bot.auth?.expiresAt?.toISOString()).toBe('2026-06-09T13:05:00.000Z');
  expect(event.language).toBe('de');
}

describe('ONIMBOTV2MESSAGEADD', () => {
  it('in a private chat: the bot is the user’s other party', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-private',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.event).toBe('ONIMBOTV2MESSAGEADD');
    expectBase(event, 901);
    expect(event.sentAt.toISOString()).toBe('2026-06-09T12:05:13.000Z');
    expect(event.message).toEqual({
      id: 120450,
      text: 'Hi! Where is my order #5521?',
      authorId: 58,
      chatId: 7391,
      date: new Date('2026-06-09T12:05:12.000Z'),
      isSystem: false,
      uuid: '3f1c9a2e-58aa-4bd1-9e3f-2b6d7a1e5521',
      viewedByOthers: false,
    });
    expect(event.chat).toEqual(PRIVATE_CHAT);
    expect(event.user).toEqual(INGRID);
    // raw keeps them as sent: a date, false as '0', the input field's Y.
    expect(event.raw.data.user?.lastActivityDate).toBe('2026-06-09T14:04:51+02:00');
    expect(event.raw.data.user?.idle).toBe('0');
    expect(event.raw.data.chat.textFieldEnabled).toBe('Y');
  });

  it('in a group chat, with BB-code, special characters and message params', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-group',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.message).toEqual({
      id: 120461,
      text: '[USER=315]Orders Bot[/USER] please check 50% & "rush" [orders] + #5521?',
      authorId: 58,
      chatId: 7400,
      date: new Date('2026-06-09T12:07:40.000Z'),
      isSystem: false,
      // Parameters this library does not read stay in raw only.
      params: {},
      viewedByOthers: true,
    });
    expect(event.chat).toEqual(GROUP_CHAT);
    expect(event.user).toEqual(INGRID);
    expect(event.raw.data.message.params).toEqual({
      FILE_ID: { 0: '912', 1: '913' },
      IS_EDITED: 'N',
    });
  });

  it('a system message: no user, no date, no uuid', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-system',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.user).toBeNull();
    expect(event.message).toEqual({
      id: 120470,
      text: 'Ingrid Solberg changed the chat topic',
      authorId: 0,
      chatId: 7400,
      isSystem: true,
      viewedByOthers: false,
    });
    expect('date' in event.message).toBe(false);
  });

  it('in a thread: the parent chat and message, no color, no avatar', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-thread',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.chat).toEqual({
      ...GROUP_CHAT,
      type: 'thread',
      messageType: 'T',
      dialogId: 'chat7412',
      id: 7412,
      name: 'Comments: order #5521',
      color: undefined,
      avatarUrl: undefined,
      entityType: 'THREAD',
      entityId: '7400',
      extranet: true,
      parentChatId: 7400,
      parentMessageId: 120461,
    });
    expect('color' in event.chat).toBe(false);
    expect('avatarUrl' in event.chat).toBe(false);
  });

  it('takes the chat type from the messageType letter when type is missing', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-message-type-only',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.chat).toMatchObject({
      type: 'open',
      messageType: 'O',
      dialogId: 'chat7420',
      id: 7420,
      name: 'Northwind — everyone',
    });
  });

  it("keeps unknown codes as 'unknown' (the codes stay in raw), and reports them under strict", () => {
    const name = 'ONIMBOTV2MESSAGEADD-unknown-codes';
    const event = parseAll(name, parseImBotV2MessageAdd, ImBotV2MessageAddSchema);
    expect(event.chat).toMatchObject({ type: 'unknown', messageType: 'Z', id: 7430 });
    expect(event.user?.gender).toBeUndefined();
    expect(event.auth.status).toBe('unknown');
    expect(event.raw.data.chat.type).toBe('hyperChat');
    for (const [shape, input] of shapes(name)) {
      const result = safeParseImBotV2MessageAdd(input, { strict: true });
      expect(result.success, shape).toBe(false);
      expect(result.error?.code).toBe('invalid_payload');
      expect(result.issues?.map((issue) => issue.path).sort()).toEqual([
        'auth[status]',
        'data[chat][type]',
        'data[user][gender]',
      ]);
    }
    expect(
      safeParseImBotV2MessageAdd(fixtureText(`v2/${name}.form.txt`), { strict: true }).issues,
    ).toContainEqual({
      path: 'data[chat][type]',
      message:
        'expected a chat type (private, chat, open, lines, system, channel, openChannel, thread, copilot, collab, external, generalChannel), found an unknown code',
    });
  });

  it('without event_handler_id: the handler id is left out', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-without-handler-id',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect('handlerId' in event).toBe(false);
    expect(event.chat).toEqual(PRIVATE_CHAT);
  });

  it('with the whole bot as the polling method sends it, and no bot auth', () => {
    const event = parseAll(
      'ONIMBOTV2MESSAGEADD-full-bot',
      parseImBotV2MessageAdd,
      ImBotV2MessageAddSchema,
    );
    expect(event.bot).toEqual({
      id: 315,
      code: 'orders_bot',
      type: 'bot',
      isHidden: false,
      isSupportOpenline: true,
      isReactionsEnabled: true,
      language: 'de',
      moduleId: 'rest',
      eventMode: 'webhook',
      countMessage: 1207,
      countCommand: 4,
      countChat: 31,
      countUser: 96,
    });
    // backgroundId is null (left out of the form body); appId, gone since 2026-05, stays in raw.
    expect('backgroundId' in event.bot).toBe(false);
    expect(event.raw.data.bot.appId).toBe('app.northwind.orders');
  });
});

describe('ONIMBOTV2MESSAGEUPDATE and ONIMBOTV2MESSAGEDELETE', () => {
  it('an edit in a private and a group chat', () => {
    const privateEvent = parseAll(
      'ONIMBOTV2MESSAGEUPDATE-private',
      parseImBotV2MessageUpdate,
      ImBotV2MessageUpdateSchema,
    );
    expect(privateEvent.event).toBe('ONIMBOTV2MESSAGEUPDATE');
    expectBase(privateEvent, 902);
    expect(privateEvent.message).toEqual({
      id: 120450,
      text: 'Hi! Where is my order #5522?',
      authorId: 58,
      chatId: 7391,
      date: new Date('2026-06-09T12:05:12.000Z'),
      isSystem: false,
      uuid: '3f1c9a2e-58aa-4bd1-9e3f-2b6d7a1e5521',
      params: {},
      viewedByOthers: false,
    });
    expect(privateEvent.chat).toEqual(PRIVATE_CHAT);
    const group = parseAll(
      'ONIMBOTV2MESSAGEUPDATE-group',
      parseImBotV2MessageUpdate,
      ImBotV2MessageUpdateSchema,
    );
    expect(group.message.text).toBe('[USER=315]Orders Bot[/USER] please check #5521 and #5530');
    expect(group.chat).toEqual(GROUP_CHAT);
    expect(group.user).toEqual(INGRID);
  });

  it('a deletion: the message id only', () => {
    const privateEvent = parseAll(
      'ONIMBOTV2MESSAGEDELETE-private',
      parseImBotV2MessageDelete,
      ImBotV2MessageDeleteSchema,
    );
    expect(privateEvent.event).toBe('ONIMBOTV2MESSAGEDELETE');
    expectBase(privateEvent, 903);
    expect(privateEvent.messageId).toBe(120450);
    expect(privateEvent.chat).toEqual(PRIVATE_CHAT);
    expect(privateEvent.user).toEqual(INGRID);
    const group = parseAll(
      'ONIMBOTV2MESSAGEDELETE-group',
      parseImBotV2MessageDelete,
      ImBotV2MessageDeleteSchema,
    );
    expect(group.messageId).toBe(120461);
    expect(group.chat).toEqual(GROUP_CHAT);
    expect(group.language).toBe('en');
  });
});

describe('ONIMBOTV2JOINCHAT, ONIMBOTV2DELETE, ONIMBOTV2CONTEXTGET', () => {
  it('joining a private chat: toUserId is the user, as ONIMBOTJOINCHAT sends it', () => {
    const event = parseAll(
      'ONIMBOTV2JOINCHAT-private',
      parseImBotV2JoinChat,
      ImBotV2JoinChatSchema,
    );
    expect(event.event).toBe('ONIMBOTV2JOINCHAT');
    expectBase(event, 904);
    expect(event.dialogId).toBe('58');
    expect(event.chat).toEqual({ ...PRIVATE_CHAT, toUserId: 58 });
    expect(event.user).toEqual(INGRID);
  });

  it('joining a group chat', () => {
    const event = parseAll('ONIMBOTV2JOINCHAT-group', parseImBotV2JoinChat, ImBotV2JoinChatSchema);
    expect(event.dialogId).toBe('chat7400');
    expect(event.chat).toEqual(GROUP_CHAT);
    expect(event.user).toEqual(INGRID);
  });

  it('the bot removed: envelope and bot only', () => {
    const event = parseAll('ONIMBOTV2DELETE-webhook', parseImBotV2Delete, ImBotV2DeleteSchema);
    expect(withoutRaw(event)).toEqual({
      event: 'ONIMBOTV2DELETE',
      known: true,
      handlerId: 905,
      sentAt: '2026-06-30T16:00:00.000Z',
      auth: {
        ...PORTAL,
        userId: 58,
        accessToken: event.auth.accessToken,
        expiresAt: '2026-06-09T13:05:00.000Z',
      },
      bot: { id: 315, code: 'orders_bot' },
    });
    expect(event.auth.refreshToken).toBeUndefined();
  });

  it('context data in a private chat: scalars as their text, null left out', () => {
    const event = parseAll(
      'ONIMBOTV2CONTEXTGET-private',
      parseImBotV2ContextGet,
      ImBotV2ContextGetSchema,
    );
    expect(event.event).toBe('ONIMBOTV2CONTEXTGET');
    expectBase(event, 906);
    expect(event.dialogId).toBe('58');
    expect(event.context).toEqual({
      entityId: '2231',
      entityType: 'deal',
      source: 'link',
      pinned: '1',
      draft: '0',
    });
    expect(event.chat).toEqual(PRIVATE_CHAT);
    expect(event.user).toEqual(INGRID);
  });

  it('context data in a group chat: nested values stay in raw only', () => {
    const event = parseAll(
      'ONIMBOTV2CONTEXTGET-group',
      parseImBotV2ContextGet,
      ImBotV2ContextGetSchema,
    );
    expect(event.dialogId).toBe('chat7400');
    expect(event.context).toEqual({
      source: 'widget',
      page: 'https://northwind.example/pricing?plan=pro&seats=25',
    });
    expect(event.raw.data.context?.filters).toEqual({ stage: 'WON', ids: { 0: '4', 1: '8' } });
    expect(event.chat).toEqual(GROUP_CHAT);
  });
});

describe('ONIMBOTV2COMMANDADD', () => {
  it('/help in a private chat: one CommandCall, the slash stripped, the bot auth attached', () => {
    const event = parseAll(
      'ONIMBOTV2COMMANDADD-private',
      parseImBotV2CommandAdd,
      ImBotV2CommandAddSchema,
    );
    expect(event.event).toBe('ONIMBOTV2COMMANDADD');
    expectBase(event, 907);
    expect(event.commands).toHaveLength(1);
    const [command] = event.commands;
    expect(command).toEqual({
      id: 44,
      botId: 315,
      botCode: 'orders_bot',
      command: 'help',
      params: 'billing  & refunds',
      context: 'textarea',
      messageId: 120500,
      botAuth: event.bot.auth,
    });
    expect(command.botAuth.userId).toBe(315);
    expect(event.message).toEqual({
      id: 120500,
      text: '/help billing  & refunds',
      authorId: 58,
      chatId: 7391,
      date: new Date('2026-06-09T14:00:00.000Z'),
      isSystem: false,
      viewedByOthers: false,
    });
    expect(event.chat).toEqual(PRIVATE_CHAT);
    expect(event.user).toEqual(INGRID);
    expect(event.raw.data.command.command).toBe('/help');
  });

  it('a keyboard command without params in a group chat', () => {
    const event = parseAll(
      'ONIMBOTV2COMMANDADD-group',
      parseImBotV2CommandAdd,
      ImBotV2CommandAddSchema,
    );
    expect(event.commands[0]).toMatchObject({
      id: 45,
      command: 'report',
      params: '',
      context: 'keyboard',
      messageId: 120510,
    });
    expect(event.chat).toEqual(GROUP_CHAT);
  });
});

describe('ONIMBOTV2REACTIONCHANGE', () => {
  it('a reaction added in a private chat', () => {
    const event = parseAll(
      'ONIMBOTV2REACTIONCHANGE-private',
      parseImBotV2ReactionChange,
      ImBotV2ReactionChangeSchema,
    );
    expect(event.event).toBe('ONIMBOTV2REACTIONCHANGE');
    expectBase(event, 908);
    expect(event.reaction).toBe('like');
    expect(event.action).toBe('add');
    expect(event.message).toEqual({
      id: 120451,
      text: 'Your order #5521 ships on Thursday.',
      authorId: 315,
      chatId: 7391,
      date: new Date('2026-06-09T12:05:20.000Z'),
      isSystem: false,
      viewedByOthers: true,
    });
    expect(event.chat).toEqual(PRIVATE_CHAT);
    expect(event.user).toEqual(INGRID);
  });

  it('a reaction removed in a group chat', () => {
    const event = parseAll(
      'ONIMBOTV2REACTIONCHANGE-group',
      parseImBotV2ReactionChange,
      ImBotV2ReactionChangeSchema,
    );
    expect(event.reaction).toBe('laugh');
    expect(event.action).toBe('delete');
    expect(event.message.authorId).toBe(315);
    expect(event.chat).toEqual(GROUP_CHAT);
  });
});
