import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  encodeForm,
  type ImBotV2MessageAddEvent,
  ImBotV2MessageAddSchema,
  ImV2MessageAddSchema,
  type PolledBotEvent,
  parseBotEventBatch,
  parseImBotV2MessageAdd,
  parseImV2MessageAdd,
  safeParseImBotV2MessageAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { inputShapes, withoutRaw } from '../support/shapes.js';

// Every documented field of the API 2.0 entities (../shared/reference/v2-entities.md), from the
// PHP-made `-every-field` fixtures: what each becomes, that a webhook's form body, the JSON of the
// polling method and a polled answer give the same event, and what absent, null, false and bad
// values do. The fixture loop and the removal law (test/fixtures, test/paths) cover them too.

const BOT_EVENT = 'ONIMBOTV2MESSAGEADD-every-field';
const USER_EVENT = 'ONIMV2MESSAGEADD-every-field';

// biome-ignore lint/suspicious/noExplicitAny: the tests change untyped JSON payloads freely.
type Payload = Record<string, any>;
const payload = (name: string): Payload => JSON.parse(fixtureText(`v2/${name}.json`));

/** Parses a payload as a webhook posts it: the form body PHP's twin makes of it. */
const asWebhook = (p: Payload) => parseImBotV2MessageAdd(encodeForm(p));

describe('every documented field, normalized', () => {
  const event = parseImBotV2MessageAdd(fixtureText(`v2/${BOT_EVENT}.form.txt`));

  it('gives the same event from the form body, the JSON and every other input shape', () => {
    const expected = withoutRaw(event);
    for (const name of [BOT_EVENT, USER_EVENT]) {
      const parse = name === BOT_EVENT ? parseImBotV2MessageAdd : parseImV2MessageAdd;
      const shapes = inputShapes(
        fixtureText(`v2/${name}.form.txt`),
        fixtureText(`v2/${name}.json`),
      );
      const first = withoutRaw(parse(fixtureText(`v2/${name}.form.txt`)));
      for (const [shape, input] of shapes) expect(withoutRaw(parse(input)), shape).toEqual(first);
    }
    // The pipeline schemas on the JSON's native types agree.
    expect(withoutRaw(v.parse(ImBotV2MessageAddSchema, payload(BOT_EVENT)))).toEqual(expected);
    expect(withoutRaw(v.parse(ImV2MessageAddSchema, payload(USER_EVENT)))).toEqual(
      withoutRaw(parseImV2MessageAdd(fixtureText(`v2/${USER_EVENT}.form.txt`))),
    );
  });

  it('the bot: its type, flags, background, language, module, event mode and counts', () => {
    expect(event.bot).toEqual({
      id: 315,
      code: 'orders_bot',
      type: 'supervisor',
      isHidden: true,
      isSupportOpenline: false,
      isReactionsEnabled: true,
      backgroundId: 'mint',
      language: 'de',
      moduleId: 'rest',
      eventMode: 'fetch',
      countMessage: 1208,
      countCommand: 4,
      countChat: 32,
      countUser: 97,
    });
  });

  it('the chat: every field, textFieldEnabled Y/N as a boolean, the free-form maps as sent', () => {
    expect(event.chat).toMatchObject({
      type: 'thread',
      containsCollaber: true,
      isNew: true,
      textFieldEnabled: false,
      diskFolderId: 2291,
      backgroundId: 'peach',
      parentChatId: 7400,
      parentMessageId: 120461,
      entityLink: {
        type: 'THREAD',
        url: '/online/?IM_DIALOG=chat7400&IM_MESSAGE=120461',
        // JSON's number as the text a webhook sends.
        id: '120461',
      },
    });
    expect(event.chat.permissions).toMatchObject({ manageUsersAdd: 'manager', canPost: 'member' });
    expect(event.raw.data.chat.textFieldEnabled).toBe('N');
  });

  it('the user: flags, texts, dates or false, departments, phones, type', () => {
    const { user } = event;
    expect(user).toMatchObject({
      active: true,
      color: '#1eb4aa',
      avatarUrl: 'https://northwind.bitrix24.de/upload/resize_cache/main/4e1/100_100_2/solberg.png',
      birthday: '1988-03-14',
      externalAuthId: 'default',
      status: 'dnd',
      desktopLastDate: false,
      departments: [3, 11, 27],
      phones: { workPhone: '+49 30 5550172', personalMobile: '+49 151 5550198', personalPhone: '' },
      type: 'employee',
      website: 'https://solberg.example',
      email: 'ingrid.solberg@northwind.example',
    });
    expect(user?.idle).toEqual(new Date('2026-06-09T12:40:00.000Z'));
    expect(user?.lastActivityDate).toEqual(new Date('2026-06-09T12:38:12.000Z'));
    expect(user?.mobileLastDate).toEqual(new Date('2026-06-09T06:02:40.000Z'));
    expect(user?.absent).toEqual(new Date('2026-06-14T22:00:00.000Z'));
  });

  it('the message: forward, params (keyboard, attach, files, replyId), viewedByOthers', () => {
    const { message } = event;
    expect(message.forward).toEqual({
      id: '120520',
      userId: 61,
      chatId: 7400,
      date: new Date('2026-06-09T13:30:00.000Z'),
    });
    expect(message.viewedByOthers).toBe(true);
    expect(message.params?.replyId).toBe(120520);
    // The keyboard and the attachment as a webhook sends them: lists keyed by position.
    expect(message.params?.keyboard).toMatchObject({
      BOT_ID: '315',
      BUTTONS: { 0: { TEXT: 'Track #5521', COMMAND: 'track', COMMAND_PARAMS: '5521' } },
    });
    expect(message.params?.attach).toMatchObject({
      BLOCKS: { 2: { GRID: { 1: { NAME: 'Leaves', VALUE: '16:00' } } } },
    });
    expect(message.params?.files).toEqual([
      {
        id: 9140,
        chatId: 7412,
        date: new Date('2026-06-09T12:44:58.000Z'),
        type: 'image',
        name: 'pallets.jpg',
        extension: 'jpg',
        size: 482113,
        image: { width: 1280, height: 960 },
        authorId: 58,
        authorName: 'Ingrid Solberg',
        isTranscribable: false,
        isVideoNote: false,
        isVoiceNote: false,
      },
      {
        id: 9141,
        chatId: 7412,
        date: new Date('2026-06-09T12:45:10.000Z'),
        type: 'audio',
        name: 'voice-note.ogg',
        extension: 'ogg',
        size: 38120,
        image: false,
        authorId: 58,
        authorName: 'Ingrid Solberg',
        isTranscribable: true,
        isVideoNote: false,
        isVoiceNote: true,
      },
    ]);
  });

  it('the user event carries the same chat, user and message', () => {
    const user = parseImV2MessageAdd(fixtureText(`v2/${USER_EVENT}.form.txt`));
    expect(user.chat).toEqual(event.chat);
    expect(user.user).toEqual(event.user);
    expect(user.message).toEqual(event.message);
  });

  it('a polled answer gives the same event, the whole bot included', () => {
    const batch = parseBotEventBatch(fixtureText('v2-fetch/answer-every-field.json'));
    expect(batch.failures).toEqual([]);
    const [botEvent, userEvent] = batch.events as [PolledBotEvent, PolledBotEvent];
    const {
      sentAt: _sentAt,
      auth: _auth,
      handlerId: _handlerId,
      raw: _raw,
      ...webhook
    } = event as ImBotV2MessageAddEvent & Record<string, unknown>;
    const {
      eventId: _eventId,
      date: _date,
      raw: _polledRaw,
      ...polled
    } = botEvent as unknown as Record<string, unknown>;
    expect(polled).toEqual(webhook);
    const {
      eventId: _id,
      date: _when,
      raw: _userRaw,
      ...polledUser
    } = userEvent as unknown as Record<string, unknown>;
    const { raw: _r, ...userWebhook } = parseImV2MessageAdd(
      fixtureText(`v2/${USER_EVENT}.form.txt`),
    );
    expect(polledUser).toEqual(userWebhook);
  });
});

describe('absent, null and false', () => {
  it('fields absent on the wire are absent from the event', () => {
    // The documented webhook bot ({id, code, auth}), a chat and a user of the examples' fields.
    const p = payload(BOT_EVENT);
    p.data.bot = { id: 315, code: 'orders_bot' };
    p.data.chat = { id: 5, dialogId: 'chat5', type: 'chat', name: 'Support Chat', owner: 1 };
    p.data.user = { id: 1, name: 'John Smith' };
    p.data.message = { id: 789, chatId: 5, authorId: 1, text: 'Hello bot!' };
    const event = asWebhook(p);
    expect(event.bot).toEqual({ id: 315, code: 'orders_bot' });
    expect(event.chat).toEqual({
      type: 'chat',
      messageType: 'C',
      dialogId: 'chat5',
      id: 5,
      name: 'Support Chat',
      owner: 1,
      botIds: [],
    });
    expect(event.user).toEqual({ id: 1, name: 'John Smith' });
    expect(event.message).toEqual({
      id: 789,
      text: 'Hello bot!',
      authorId: 1,
      chatId: 5,
      isSystem: false,
    });
  });

  it("null, as the polling method sends it, and '' (the documentation's webhook null) are absent", () => {
    const p = payload(BOT_EVENT);
    for (const key of ['diskFolderId', 'backgroundId', 'color']) p.data.chat[key] = null;
    p.data.bot.backgroundId = null;
    p.data.message.forward = null;
    p.data.message.params.files[0].date = null;
    p.data.chat.entityLink = {};
    p.data.chat.permissions = [];
    p.data.user.departments = [];
    const fromJson = parseImBotV2MessageAdd(JSON.stringify(p));
    for (const key of ['diskFolderId', 'backgroundId', 'color']) p.data.chat[key] = '';
    p.data.bot.backgroundId = '';
    p.data.message.params.files[0].date = '';
    const fromForm = asWebhook(p);
    for (const event of [fromJson, fromForm]) {
      for (const key of [
        'diskFolderId',
        'backgroundId',
        'color',
        'entityLink',
        'permissions',
      ] as const) {
        expect(event.chat, key).not.toHaveProperty(key);
      }
      expect(event.bot).not.toHaveProperty('backgroundId');
      expect(event.message).not.toHaveProperty('forward');
      expect(event.message.params?.files?.[0]).not.toHaveProperty('date');
      expect(event.user).not.toHaveProperty('departments');
    }
  });

  it("false, as JSON's false and as the webhook's '0', is false", () => {
    const p = payload(BOT_EVENT);
    for (const key of ['idle', 'lastActivityDate', 'mobileLastDate', 'desktopLastDate', 'absent']) {
      p.data.user[key] = false;
    }
    p.data.user.phones = false;
    const form = encodeForm(p);
    expect(form).toContain('data%5Buser%5D%5Bidle%5D=0');
    for (const event of [parseImBotV2MessageAdd(JSON.stringify(p)), parseImBotV2MessageAdd(form)]) {
      expect(event.user).toMatchObject({
        idle: false,
        lastActivityDate: false,
        mobileLastDate: false,
        desktopLastDate: false,
        absent: false,
        phones: false,
      });
    }
  });
});

describe('unknown codes and bad values', () => {
  const odd = () => {
    const p = payload(BOT_EVENT);
    p.data.bot.type = 'overseer';
    p.data.bot.eventMode = 'push';
    p.data.user.type = 'robot';
    p.data.message.params.files[1].type = 'sticker';
    return p;
  };

  it("unknown bot and user types, event modes and file types are 'unknown'; issues under strict", () => {
    const event = asWebhook(odd());
    expect(event.bot.type).toBe('unknown');
    expect(event.bot.eventMode).toBe('unknown');
    expect(event.user?.type).toBe('unknown');
    expect(event.message.params?.files?.[1]?.type).toBe('unknown');
    expect(event.raw.data.user?.type).toBe('robot');
    const result = safeParseImBotV2MessageAdd(encodeForm(odd()), { strict: true });
    expect(result.issues?.map((issue) => issue.path).sort()).toEqual([
      'data[bot][eventMode]',
      'data[bot][type]',
      'data[message][params][files][1][type]',
      'data[user][type]',
    ]);
    expect(result.issues).toContainEqual({
      path: 'data[user][type]',
      message:
        'expected a user type (employee, extranet, email, collaber, bot), found an unknown code',
    });
  });

  it.each([
    ['a user date that is not one', ['user', 'idle'], 'yesterday', 'data[user][idle]'],
    ['a user date in JSON as true', ['user', 'absent'], true, 'data[user][absent]'],
    [
      'a department that is no id',
      ['user', 'departments', 1],
      'sales',
      'data[user][departments][1]',
    ],
    ['phones as a text', ['user', 'phones'], 'none', 'data[user][phones]'],
    ['a flag that is not one', ['chat', 'isNew'], 'maybe', 'data[chat][isNew]'],
    [
      'textFieldEnabled as a word',
      ['chat', 'textFieldEnabled'],
      'on',
      'data[chat][textFieldEnabled]',
    ],
    ['a Drive folder that is no id', ['chat', 'diskFolderId'], '-3', 'data[chat][diskFolderId]'],
    ['a count that is no number', ['bot', 'countChat'], 'many', 'data[bot][countChat]'],
    [
      'a forward from no user',
      ['message', 'forward', 'userId'],
      'lars',
      'data[message][forward][userId]',
    ],
    ['a forward that is a text', ['message', 'forward'], 'yes', 'data[message][forward]'],
    [
      'a reply to no message',
      ['message', 'params', 'replyId'],
      '1e3',
      'data[message][params][replyId]',
    ],
    [
      'a keyboard that is a text',
      ['message', 'params', 'keyboard'],
      'N',
      'data[message][params][keyboard]',
    ],
    [
      'a file without its id',
      ['message', 'params', 'files', 0, 'id'],
      undefined,
      'data[message][params][files][0][id]',
    ],
    [
      'a file size in words',
      ['message', 'params', 'files', 0, 'size'],
      'big',
      'data[message][params][files][0][size]',
    ],
    [
      'an image size in words',
      ['message', 'params', 'files', 0, 'image'],
      { width: 'wide' },
      'data[message][params][files][0][image]',
    ],
    [
      'viewedByOthers as a word',
      ['message', 'viewedByOthers'],
      'seen',
      'data[message][viewedByOthers]',
    ],
  ] as const)('%s is an issue at its path', (_name, at, value, path) => {
    const p = payload(BOT_EVENT);
    let node = p.data;
    for (const key of at.slice(0, -1)) node = node[key];
    const last = at[at.length - 1] as string | number;
    if (value === undefined) delete node[last];
    else node[last] = value;
    for (const input of [JSON.stringify(p), encodeForm(p)]) {
      const result = safeParseImBotV2MessageAdd(input);
      // JSON's true becomes '1' in a form body, which no date is.
      expect(result.success, path).toBe(false);
      expect(result.error?.code).toBe('invalid_payload');
      expect(result.issues?.map((issue) => issue.path)).toEqual([path]);
    }
  });
});
