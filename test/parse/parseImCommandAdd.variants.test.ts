import { describe, expect, it } from 'vitest';
import {
  type ChatType,
  type ImCommandAddEvent,
  parseImCommandAdd,
  safeParseImCommandAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { inputShapes, withoutRaw } from '../support/shapes.js';

function variantShapes(name: string) {
  return inputShapes(
    fixtureText(`onimcommandadd/variants/${name}.form.txt`),
    fixtureText(`onimcommandadd/variants/${name}.json`),
  );
}

/** Parses every shape of a variant, checks they agree, and returns the event. */
function parseVariant(name: string): ImCommandAddEvent {
  const [[, first], ...rest] = variantShapes(name) as [[string, string], ...[string, unknown][]];
  const event = parseImCommandAdd(first);
  for (const [shape, input] of rest) {
    expect(withoutRaw(parseImCommandAdd(input as string)), `${name}: ${shape}`).toEqual(
      withoutRaw(event),
    );
  }
  return event;
}

const LETTERS: [string, ChatType][] = [
  ['C', 'chat'],
  ['O', 'open'],
  ['L', 'lines'],
  ['S', 'system'],
  ['N', 'channel'],
  ['J', 'openChannel'],
  ['T', 'thread'],
  ['A', 'copilot'],
  ['B', 'collab'],
  ['X', 'external'],
];

describe('parseImCommandAdd: variants made by PHP', () => {
  for (const [letter, type] of LETTERS) {
    it(`names chat type letter ${letter} '${type}', a group chat`, () => {
      const { chat } = parseVariant(`chat-type-${letter}`);
      expect(chat.type).toBe(type);
      expect(chat.messageType).toBe(letter);
      if (chat.type === 'private') throw new Error('not a group chat');
      expect(chat.botIds).toEqual([1291]);
    });
  }

  it("names chat type letter P 'private'", () => {
    const { chat } = parseVariant('chat-type-P');
    expect(chat).toEqual({
      type: 'private',
      messageType: 'P',
      dialogId: '1269',
      id: 2737,
      toUserId: 1291,
    });
  });

  it('falls back to MESSAGE_TYPE when CHAT_TYPE is missing', () => {
    expect(parseVariant('message-type-only').chat.type).toBe('private');
  });

  it('gives user null for an empty USER (PHP drops it)', () => {
    const event = parseVariant('empty-user');
    expect(fixtureText('onimcommandadd/variants/empty-user.form.txt')).not.toContain(
      'data%5BUSER%5D',
    );
    expect(event.user).toBeNull();
    expect(event.message.fromUserId).toBe(0);
    expect(event.message.isSystem).toBe(true);
  });

  it('accepts outgoing-webhook auth without tokens', () => {
    const event = parseVariant('webhook-auth');
    expect(event.auth).toEqual({
      domain: 'some-domain.bitrix24.com',
      serverEndpoint: 'https://oauth.bitrix.info/rest/',
      clientEndpoint: 'https://some-domain.bitrix24.com/rest/',
      status: 'free',
      memberId: 'd897063e1ce7c5eb9f04b9751eef5915',
      applicationToken: '8e3ab48a764a9b02700e759d59e91125',
    });
    expect(event.commands[0].botAuth.accessToken).toBeUndefined();
    expect('accessToken' in event.auth).toBe(false);
  });

  it('reads the bot auth from the flat keys when AUTH is missing', () => {
    const { botAuth } = parseVariant('flat-bot-auth').commands[0];
    expect(botAuth.accessToken).toBe('be4ca0690000071b006e2cf200050b0077317605eb83b25d2bd6');
    expect(botAuth.userId).toBe(1291);
  });

  it('parses several commands with their own ids and contexts', () => {
    const { commands } = parseVariant('several-commands');
    const byId = Object.fromEntries(commands.map((command) => [command.id, command]));
    expect(Object.keys(byId).sort()).toEqual(['5000', '7', '99']);
    expect(byId[7]).toMatchObject({ command: 'help', params: '', context: 'keyboard' });
    expect(byId[5000]).toMatchObject({ command: 'stats', context: 'keyboard' });
    expect(byId[99]).toMatchObject({ command: 'echo', params: 'test', context: 'textarea' });
  });

  it('keeps small command and bot ids through every shape, qs included', () => {
    const event = parseVariant('small-ids');
    expect(event.commands.map(({ id, botId }) => [id, botId]).sort()).toEqual([
      [1, 2],
      [2, 3],
    ]);
    if (event.chat.type === 'private') throw new Error('not a group chat');
    expect([...event.chat.botIds].sort()).toEqual([2, 3]);
    expect(event.chat.id).toBe(4);
  });

  it('keeps long texts byte-exact', () => {
    const event = parseVariant('long-text');
    expect(event.commands[0].params).toHaveLength(
      'Длинный текст: & = + % [скобки] 😀. '.length * 1500,
    );
    expect(event.message.text).toBe(`/echo ${event.commands[0].params}`);
  });

  it('keeps empty strings, and reads an empty CHAT_AVATAR as no avatar', () => {
    const event = parseVariant('empty-strings');
    expect(event.commands[0].params).toBe('');
    expect(event.message.text).toBe('');
    expect(event.message.templateId).toBe('');
    expect(event.user).toEqual({ id: 1269, name: 'John Smith', firstName: 'John', lastName: '' });
    if (event.chat.type === 'private') throw new Error('not a group chat');
    expect(event.chat.name).toBe('');
    expect(event.chat.avatarId).toBeNull();
  });

  it('keeps Unicode and white space byte-exact', () => {
    const event = parseVariant('unicode');
    expect(event.commands[0].params).toBe('  Привет, 世界! 😀 e\u0301 \u200btab\there\nnew line  ');
    expect(event.user?.name).toBe('Zoë Łukasz 山田');
    expect(event.chat.type === 'chat' && event.chat.name).toBe('Чат 🚀 العربية');
  });

  it("maps unknown codes to 'unknown' by default and keeps them in raw", () => {
    const event = parseVariant('unknown-codes');
    expect(event.chat.type).toBe('unknown');
    expect(event.auth.status).toBe('unknown');
    expect(event.commands[0].context).toBe('unknown');
    expect(event.user?.gender).toBeUndefined();
    expect(event.raw.data.PARAMS.CHAT_TYPE).toBe('Z');
    expect(event.raw.auth.status).toBe('Q');
  });

  it('turns unknown codes into issues under strict', () => {
    const result = safeParseImCommandAdd(
      fixtureText('onimcommandadd/variants/unknown-codes.form.txt'),
      {
        strict: true,
      },
    );
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('invalid_payload');
    expect(result.issues?.map((issue) => issue.path).sort()).toEqual([
      'auth[status]',
      'data[COMMAND][99][COMMAND_CONTEXT]',
      'data[PARAMS][CHAT_TYPE]',
      'data[USER][GENDER]',
    ]);
  });

  it("names auth status S 'system'", () => {
    expect(parseVariant('system-status').auth.status).toBe('system');
    expect(
      parseImCommandAdd(fixtureText('onimcommandadd/variants/system-status.form.txt'), {
        strict: true,
      }).auth.status,
    ).toBe('system');
  });
});
