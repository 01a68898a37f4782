import { describe, expect, it } from 'vitest';
import { normalizeImBotV2Context } from '../../src/events/v2/contextGet.js';
import type { NormalizeContext } from '../../src/normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../src/normalize/normalizeEnvelope.js';
import {
  normalizeImBotV2Bot,
  normalizeImBotV2Chat,
  normalizeImBotV2Message,
  normalizeImBotV2User,
} from '../../src/normalize/normalizeV2.js';

const lenient = (): NormalizeContext => ({ strict: false, issues: [] });
const strict = (): NormalizeContext => ({ strict: true, issues: [] });
const PORTAL = { domain: 'p.example', member_id: 'm', application_token: 't' };

describe('API 2.0 normalizers, alone', () => {
  const rows: { name: string; actual: () => unknown; expected: unknown }[] = [
    {
      name: 'a private chat takes its other party from the caller',
      actual: () =>
        normalizeImBotV2Chat(
          { id: '9', dialogId: '4', type: 'private' },
          lenient(),
          'data[chat]',
          77,
        ),
      expected: { type: 'private', messageType: 'P', dialogId: '4', id: 9, toUserId: 77 },
    },
    {
      name: 'a private chat from the letter alone',
      actual: () =>
        normalizeImBotV2Chat({ id: 9, dialogId: 4, messageType: 'P' }, lenient(), 'data[chat]', 5),
      expected: { type: 'private', messageType: 'P', dialogId: '4', id: 9, toUserId: 5 },
    },
    {
      name: 'type wins over messageType, which is kept as sent',
      actual: () =>
        normalizeImBotV2Chat(
          { id: 1, dialogId: 'chat1', type: 'channel', messageType: 'O' },
          lenient(),
          'c',
          0,
        ),
      expected: {
        type: 'channel',
        messageType: 'O',
        dialogId: 'chat1',
        id: 1,
        name: '',
        botIds: [],
      },
    },
    {
      name: 'a group chat with every mapped field, native types',
      actual: () =>
        normalizeImBotV2Chat(
          {
            id: 3,
            dialogId: 'chat3',
            type: 'openChannel',
            name: 'News',
            owner: 8,
            color: '#000000',
            avatar: 'https://a.example/x.png',
            description: 'd',
            extranet: true,
            entityType: 'E',
            entityId: 12,
            entityData1: 'a',
            entityData2: 'b',
            entityData3: 'c',
            parentChatId: 0,
            parentMessageId: null,
          },
          lenient(),
          'data[chat]',
          0,
        ),
      expected: {
        type: 'openChannel',
        messageType: 'J',
        dialogId: 'chat3',
        id: 3,
        name: 'News',
        botIds: [],
        owner: 8,
        parentChatId: null,
        color: '#000000',
        entityType: 'E',
        entityId: '12',
        entityData1: 'a',
        entityData2: 'b',
        entityData3: 'c',
        extranet: true,
        avatarUrl: 'https://a.example/x.png',
        description: 'd',
      },
    },
    {
      name: 'a user with v2 flag names',
      actual: () =>
        normalizeImBotV2User(
          {
            id: '5',
            name: 'A B',
            firstName: 'A',
            lastName: 'B',
            gender: '',
            bot: '1',
            connector: false,
            extranet: '0',
          },
          lenient(),
          'data[user]',
        ),
      expected: {
        id: 5,
        name: 'A B',
        firstName: 'A',
        lastName: 'B',
        isBot: true,
        isConnector: false,
        isExtranet: false,
      },
    },
    {
      name: 'no user is null',
      actual: () => normalizeImBotV2User(undefined, lenient(), 'u'),
      expected: null,
    },
    {
      name: 'an empty user is null',
      actual: () => normalizeImBotV2User({}, lenient(), 'u'),
      expected: null,
    },
    {
      name: 'a message: date as a Date, empty uuid left out, isSystem false by default',
      actual: () =>
        normalizeImBotV2Message(
          {
            id: 1,
            chatId: '2',
            authorId: '0',
            text: 7,
            date: '2026-01-02T03:04:05Z',
            uuid: '',
          },
          lenient(),
          'm',
        ),
      expected: {
        id: 1,
        text: '7',
        authorId: 0,
        chatId: 2,
        isSystem: false,
        date: new Date('2026-01-02T03:04:05Z'),
      },
    },
    {
      name: 'a bot without auth',
      actual: () => normalizeImBotV2Bot({ id: '3', code: 'c' }, lenient(), 'data[bot]'),
      expected: { id: 3, code: 'c' },
    },
    {
      name: 'an envelope without a handler id',
      actual: () => normalizeEnvelope({ ts: '0', auth: PORTAL }, lenient()),
      expected: {
        known: true,
        sentAt: new Date(0),
        auth: { domain: 'p.example', memberId: 'm', applicationToken: 't' },
      },
    },
    {
      name: 'context data: scalars as text, the rest left out',
      actual: () =>
        normalizeImBotV2Context({ a: 'x', b: 2, c: true, d: false, e: { f: '1' }, g: null }),
      expected: { a: 'x', b: '2', c: '1', d: '0' },
    },
    {
      name: 'no context data is {}',
      actual: () => normalizeImBotV2Context(undefined),
      expected: {},
    },
  ];
  it.each(rows)('$name', ({ actual, expected }) => {
    expect(actual()).toEqual(expected);
  });

  it('keeps a context key named __proto__ as an own key', () => {
    const raw = JSON.parse('{"__proto__": "x", "k": "v"}') as Record<string, unknown>;
    const context = normalizeImBotV2Context(raw);
    expect(Object.keys(context)).toEqual(['__proto__', 'k']);
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
  });

  it('reports unknown codes only under strict, at their wire paths', () => {
    const context = strict();
    normalizeImBotV2Chat({ id: 1, dialogId: 'chat1', type: 'megaChat' }, context, 'data[chat]', 0);
    normalizeImBotV2Chat({ id: 1, dialogId: 'chat1', messageType: 'Q' }, context, 'data[chat]', 0);
    normalizeImBotV2User(
      { id: 1, name: '', firstName: '', lastName: '', gender: 'U' },
      context,
      'data[user]',
    );
    expect(context.issues.map((issue) => issue.path)).toEqual([
      'data[chat][type]',
      'data[chat][messageType]',
      'data[user][gender]',
    ]);
    const quiet = lenient();
    expect(
      normalizeImBotV2Chat({ id: 1, dialogId: 'c', type: 'megaChat' }, quiet, 'c', 0).type,
    ).toBe('unknown');
    expect(quiet.issues).toEqual([]);
  });
});
