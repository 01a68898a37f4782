import { describe, expect, it } from 'vitest';
import type { NormalizeContext } from '../../src/normalize/NormalizeContext.js';
import { normalizeAuth } from '../../src/normalize/normalizeAuth.js';
import { normalizeChat } from '../../src/normalize/normalizeChat.js';
import { normalizeCommand } from '../../src/normalize/normalizeCommand.js';
import { normalizeUser } from '../../src/normalize/normalizeUser.js';
import { toDate, toFlag, toId, toOptionalId, toScope } from '../../src/normalize/scalars.js';

const lenient = (): NormalizeContext => ({ strict: false, issues: [] });
const strict = (): NormalizeContext => ({ strict: true, issues: [] });

describe('scalar normalizers', () => {
  const rows: { name: string; actual: () => unknown; expected: unknown }[] = [
    { name: 'toId reads digits', actual: () => toId('1291'), expected: 1291 },
    { name: 'toId reads leading zeros', actual: () => toId('007'), expected: 7 },
    { name: 'toId keeps a number', actual: () => toId(42), expected: 42 },
    {
      name: 'toId reads the largest safe id',
      actual: () => toId('9007199254740991'),
      expected: Number.MAX_SAFE_INTEGER,
    },
    { name: 'toOptionalId reads 0 as null', actual: () => toOptionalId('0'), expected: null },
    { name: "toOptionalId reads '' as null", actual: () => toOptionalId(''), expected: null },
    { name: 'toOptionalId keeps other ids', actual: () => toOptionalId('33079'), expected: 33079 },
    { name: 'toFlag reads Y', actual: () => toFlag('Y'), expected: true },
    { name: 'toFlag reads N', actual: () => toFlag('N'), expected: false },
    { name: 'toFlag reads 1', actual: () => toFlag('1'), expected: true },
    { name: 'toFlag reads 0', actual: () => toFlag('0'), expected: false },
    {
      name: 'toFlag keeps booleans',
      actual: () => [toFlag(true), toFlag(false)],
      expected: [true, false],
    },
    {
      name: 'toDate reads seconds',
      actual: () => toDate('1772097199').toISOString(),
      expected: '2026-02-26T09:13:19.000Z',
    },
    {
      name: 'toScope splits on commas and spaces',
      actual: () => toScope('imbot,im  task ,'),
      expected: ['imbot', 'im', 'task'],
    },
    { name: 'toScope of nothing is empty', actual: () => toScope(''), expected: [] },
  ];
  for (const { name, actual, expected } of rows) {
    it(name, () => expect(actual()).toEqual(expected));
  }
});

describe('normalizeAuth', () => {
  const required = { domain: 'd.bitrix24.com', member_id: 'm', application_token: 'app' };

  it('keeps only what was sent', () => {
    expect(normalizeAuth(required, lenient(), 'auth')).toEqual({
      domain: 'd.bitrix24.com',
      memberId: 'm',
      applicationToken: 'app',
    });
  });

  for (const [letter, status] of [
    ['L', 'local'],
    ['F', 'free'],
    ['D', 'demo'],
    ['T', 'trial'],
    ['P', 'paid'],
    ['S', 'system'],
  ]) {
    it(`names status ${letter} '${status}'`, () => {
      expect(normalizeAuth({ ...required, status: letter }, strict(), 'auth').status).toBe(status);
    });
  }

  it("names an unknown status 'unknown', an issue only under strict", () => {
    for (const code of ['Q', 'f', 'constructor', 'toString', '']) {
      const quiet = lenient();
      expect(normalizeAuth({ ...required, status: code }, quiet, 'auth').status).toBe('unknown');
      expect(quiet.issues).toEqual([]);
      const loud = strict();
      normalizeAuth({ ...required, status: code }, loud, 'data[COMMAND][7][AUTH]');
      expect(loud.issues).toEqual([
        {
          path: 'data[COMMAND][7][AUTH][status]',
          message:
            'expected an application status letter (L, F, D, T, P, S), found an unknown code',
        },
      ]);
    }
  });
});

describe('normalizeChat', () => {
  it('makes a private chat from P', () => {
    const chat = normalizeChat(
      { CHAT_TYPE: 'P', MESSAGE_TYPE: 'P', DIALOG_ID: '5', TO_CHAT_ID: '9', TO_USER_ID: '7' },
      lenient(),
      'data[PARAMS]',
    );
    expect(chat).toEqual({ type: 'private', messageType: 'P', dialogId: '5', id: 9, toUserId: 7 });
  });

  it('makes a minimal group chat with defaults for name and bots', () => {
    const chat = normalizeChat(
      { CHAT_TYPE: 'O', DIALOG_ID: 'chat3', CHAT_ID: '3', TO_CHAT_ID: '4' },
      lenient(),
      'data[PARAMS]',
    );
    expect(chat).toEqual({
      type: 'open',
      messageType: 'O',
      dialogId: 'chat3',
      id: 3,
      name: '',
      botIds: [],
    });
  });

  it('prefers CHAT_TYPE over MESSAGE_TYPE and reports the key it read under strict', () => {
    expect(
      normalizeChat(
        { CHAT_TYPE: 'T', MESSAGE_TYPE: 'C', DIALOG_ID: 'chat1', CHAT_ID: '1' },
        lenient(),
        'p',
      ).type,
    ).toBe('thread');
    const context = strict();
    normalizeChat({ MESSAGE_TYPE: 'Q', DIALOG_ID: 'chat1', CHAT_ID: '1' }, context, 'data[PARAMS]');
    expect(context.issues.map((issue) => issue.path)).toEqual(['data[PARAMS][MESSAGE_TYPE]']);
  });

  it('reads the bots from the values of BOT_IN_CHAT', () => {
    const chat = normalizeChat(
      { CHAT_TYPE: 'C', DIALOG_ID: 'chat1', CHAT_ID: '1', BOT_IN_CHAT: { '0': '12', '1': '30' } },
      lenient(),
      'p',
    );
    expect(chat.type !== 'private' && chat.botIds).toEqual([12, 30]);
  });
});

describe('normalizeUser', () => {
  const user = { ID: '1', NAME: 'A B', FIRST_NAME: 'A', LAST_NAME: 'B' };
  const rows: {
    name: string;
    gender: string | undefined;
    expected: 'M' | 'F' | undefined;
    strictIssue: boolean;
  }[] = [
    { name: 'M', gender: 'M', expected: 'M', strictIssue: false },
    { name: 'F', gender: 'F', expected: 'F', strictIssue: false },
    { name: 'empty', gender: '', expected: undefined, strictIssue: false },
    { name: 'missing', gender: undefined, expected: undefined, strictIssue: false },
    { name: 'unknown', gender: 'X', expected: undefined, strictIssue: true },
    { name: 'lower case', gender: 'm', expected: undefined, strictIssue: true },
  ];
  for (const { name, gender, expected, strictIssue } of rows) {
    it(`reads a ${name} gender`, () => {
      const raw = gender === undefined ? user : { ...user, GENDER: gender };
      const context = strict();
      const result = normalizeUser(raw, context, 'data[USER]');
      expect(result?.gender).toBe(expected);
      expect('gender' in (result ?? {})).toBe(expected !== undefined);
      expect(context.issues.length).toBe(strictIssue ? 1 : 0);
    });
  }

  it('gives null for a missing or empty user', () => {
    expect(normalizeUser(undefined, lenient(), 'data[USER]')).toBeNull();
    expect(normalizeUser({}, lenient(), 'data[USER]')).toBeNull();
  });
});

describe('normalizeCommand', () => {
  const auth = { domain: 'd', member_id: 'm', application_token: 'a' };
  const entry = {
    BOT_ID: '5',
    BOT_CODE: 'bot',
    COMMAND: 'echo',
    COMMAND_CONTEXT: 'keyboard',
    MESSAGE_ID: '10',
  };

  it('takes the id from COMMAND_ID, else the key; params default to empty', () => {
    expect(normalizeCommand('7', { ...entry, ...auth, COMMAND_ID: '8' }, lenient(), 'c').id).toBe(
      8,
    );
    const command = normalizeCommand('7', { ...entry, ...auth }, lenient(), 'c');
    expect(command.id).toBe(7);
    expect(command.params).toBe('');
    expect(command.context).toBe('keyboard');
  });

  it('reads AUTH before the flat keys', () => {
    const command = normalizeCommand(
      '7',
      { ...entry, ...auth, AUTH: { ...auth, access_token: 'from-auth' }, access_token: 'flat' },
      lenient(),
      'c',
    );
    expect(command.botAuth.accessToken).toBe('from-auth');
  });

  it('names MENU and reports an unknown context under strict', () => {
    expect(
      normalizeCommand('7', { ...entry, ...auth, COMMAND_CONTEXT: 'MENU' }, lenient(), 'c').context,
    ).toBe('menu');
    const context = strict();
    expect(
      normalizeCommand(
        '7',
        { ...entry, ...auth, COMMAND_CONTEXT: 'VOICE' },
        context,
        'data[COMMAND][7]',
      ).context,
    ).toBe('unknown');
    expect(context.issues[0]?.path).toBe('data[COMMAND][7][COMMAND_CONTEXT]');
  });
});
