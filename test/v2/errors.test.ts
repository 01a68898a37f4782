import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  type EventInput,
  EventParseError,
  encodeForm,
  ImBotV2JoinChatSchema,
  type ParseOptions,
  parseImBotMessageAdd,
  parseImBotV2CommandAdd,
  parseImBotV2ContextGet,
  parseImBotV2Delete,
  parseImBotV2JoinChat,
  parseImBotV2MessageAdd,
  parseImBotV2MessageDelete,
  parseImBotV2MessageUpdate,
  parseImBotV2ReactionChange,
  type SafeParseResult,
  safeParseImBotV2CommandAdd,
  safeParseImBotV2ContextGet,
  safeParseImBotV2Delete,
  safeParseImBotV2JoinChat,
  safeParseImBotV2MessageAdd,
  safeParseImBotV2MessageDelete,
  safeParseImBotV2MessageUpdate,
  safeParseImBotV2ReactionChange,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate untyped JSON payloads freely.
type Payload = Record<string, any>;

type SafeParse = (input: EventInput, options?: ParseOptions) => SafeParseResult<unknown>;
type Parse = (input: EventInput, options?: ParseOptions) => unknown;

/** Each event's parsers and a fixture of it. */
const EVENTS: Record<string, { parse: Parse; safeParse: SafeParse; fixture: string }> = {
  ONIMBOTV2MESSAGEADD: {
    parse: parseImBotV2MessageAdd,
    safeParse: safeParseImBotV2MessageAdd,
    fixture: 'ONIMBOTV2MESSAGEADD-private',
  },
  ONIMBOTV2MESSAGEUPDATE: {
    parse: parseImBotV2MessageUpdate,
    safeParse: safeParseImBotV2MessageUpdate,
    fixture: 'ONIMBOTV2MESSAGEUPDATE-group',
  },
  ONIMBOTV2MESSAGEDELETE: {
    parse: parseImBotV2MessageDelete,
    safeParse: safeParseImBotV2MessageDelete,
    fixture: 'ONIMBOTV2MESSAGEDELETE-private',
  },
  ONIMBOTV2JOINCHAT: {
    parse: parseImBotV2JoinChat,
    safeParse: safeParseImBotV2JoinChat,
    fixture: 'ONIMBOTV2JOINCHAT-private',
  },
  ONIMBOTV2DELETE: {
    parse: parseImBotV2Delete,
    safeParse: safeParseImBotV2Delete,
    fixture: 'ONIMBOTV2DELETE-webhook',
  },
  ONIMBOTV2CONTEXTGET: {
    parse: parseImBotV2ContextGet,
    safeParse: safeParseImBotV2ContextGet,
    fixture: 'ONIMBOTV2CONTEXTGET-group',
  },
  ONIMBOTV2COMMANDADD: {
    parse: parseImBotV2CommandAdd,
    safeParse: safeParseImBotV2CommandAdd,
    fixture: 'ONIMBOTV2COMMANDADD-private',
  },
  ONIMBOTV2REACTIONCHANGE: {
    parse: parseImBotV2ReactionChange,
    safeParse: safeParseImBotV2ReactionChange,
    fixture: 'ONIMBOTV2REACTIONCHANGE-group',
  },
};

function payload(name: string): Payload {
  return JSON.parse(fixtureText(`v2/${name}.json`));
}

function mutated(name: string, change: (p: Payload) => void): Payload {
  const p = payload(name);
  change(p);
  return p;
}

/** A payload as a webhook posts it (http_build_query), as JSON text, and as a JSON object. */
function wireShapes(p: Payload): [string, EventInput][] {
  return [
    ['form body', encodeForm(p)],
    ['JSON text', JSON.stringify(p)],
    ['JSON object', p],
  ];
}

function event<T = unknown>(code: string, p: Payload, options?: ParseOptions): T {
  const { safeParse } = EVENTS[code] as (typeof EVENTS)[string];
  const outputs = wireShapes(p).map(([shape, input]) => {
    const result = safeParse(input, options);
    if (!result.success) throw new Error(`${shape}: ${result.error.message}`);
    const { raw: _raw, ...rest } = result.output as Record<string, unknown>;
    return JSON.parse(JSON.stringify(rest)) as T;
  });
  for (const output of outputs.slice(1)) expect(output).toEqual(outputs[0]);
  return outputs[0] as T;
}

const broken: {
  name: string;
  code: keyof typeof EVENTS;
  change: (p: Payload) => void;
  paths: string[];
  message?: RegExp;
}[] = [
  {
    name: 'a missing message id',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => delete p.data.message.id,
    paths: ['data[message][id]'],
    message: /^is required but missing$/,
  },
  {
    name: 'a message text that is a map',
    code: 'ONIMBOTV2MESSAGEUPDATE',
    change: (p) => (p.data.message.text = { b: 'bold' }),
    paths: ['data[message][text]'],
    message: /^expected a string, found/,
  },
  {
    name: 'a missing message chat id and author',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => {
      delete p.data.message.chatId;
      delete p.data.message.authorId;
    },
    paths: ['data[message][authorId]', 'data[message][chatId]'],
  },
  {
    name: 'a non-numeric message id',
    code: 'ONIMBOTV2REACTIONCHANGE',
    change: (p) => (p.data.message.id = 'abc'),
    paths: ['data[message][id]'],
    message: /expected an id .* found a string of 3 characters that is not a number/,
  },
  {
    name: 'a date that is not ISO 8601',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => (p.data.message.date = '09.06.2026 14:05'),
    paths: ['data[message][date]'],
    message: /expected a date \(ISO 8601/,
  },
  {
    name: 'a date that looks right but names no moment',
    code: 'ONIMBOTV2COMMANDADD',
    change: (p) => (p.data.message.date = '2026-13-45T99:00:00+02:00'),
    paths: ['data[message][date]'],
  },
  {
    name: 'a missing chat',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => delete p.data.chat,
    paths: ['data[chat]'],
    message: /^is required but missing$/,
  },
  {
    name: 'a missing chat id and dialog id',
    code: 'ONIMBOTV2JOINCHAT',
    change: (p) => {
      delete p.data.chat.id;
      delete p.data.chat.dialogId;
    },
    paths: ['data[chat][dialogId]', 'data[chat][id]'],
  },
  {
    name: 'a chat with neither type nor messageType',
    code: 'ONIMBOTV2MESSAGEDELETE',
    change: (p) => {
      delete p.data.chat.type;
      delete p.data.chat.messageType;
    },
    paths: ['data[chat][type]'],
    message: /^is required when messageType is missing too but missing$/,
  },
  {
    name: 'a negative parent chat id',
    code: 'ONIMBOTV2MESSAGEUPDATE',
    change: (p) => (p.data.chat.parentChatId = -1),
    paths: ['data[chat][parentChatId]'],
    message: /a negative number/,
  },
  {
    name: 'a missing bot',
    code: 'ONIMBOTV2MESSAGEDELETE',
    change: (p) => delete p.data.bot,
    paths: ['data[bot]'],
  },
  {
    name: 'a bot removal without its bot (an empty data: PHP leaves it out)',
    code: 'ONIMBOTV2DELETE',
    change: (p) => delete p.data.bot,
    paths: ['data'],
    message: /^is required but missing$/,
  },
  {
    name: 'a bot without id and code',
    code: 'ONIMBOTV2CONTEXTGET',
    change: (p) => {
      delete p.data.bot.id;
      delete p.data.bot.code;
    },
    paths: ['data[bot][code]', 'data[bot][id]'],
  },
  {
    name: 'a bot auth without its portal',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => delete p.data.bot.auth.member_id,
    paths: ['data[bot][auth][member_id]'],
  },
  {
    name: 'a command without the bot auth (which CommandCall needs)',
    code: 'ONIMBOTV2COMMANDADD',
    change: (p) => delete p.data.bot.auth,
    paths: ['data[bot][auth]'],
    message: /^is required but missing$/,
  },
  {
    name: 'a command without context',
    code: 'ONIMBOTV2COMMANDADD',
    change: (p) => delete p.data.command.context,
    paths: ['data[command][context]'],
  },
  {
    name: 'a command event without command and message',
    code: 'ONIMBOTV2COMMANDADD',
    change: (p) => {
      delete p.data.command;
      delete p.data.message;
    },
    paths: ['data[command]', 'data[message]'],
  },
  {
    name: 'a missing language',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => delete p.data.language,
    paths: ['data[language]'],
  },
  {
    // The names are optional (a bot can act without them); a user that is sent needs its id.
    name: 'a user without its id',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => delete p.data.user.id,
    paths: ['data[user][id]'],
  },
  {
    name: 'a deletion without the message id',
    code: 'ONIMBOTV2MESSAGEDELETE',
    change: (p) => delete p.data.messageId,
    paths: ['data[messageId]'],
  },
  {
    name: 'a private join without the user',
    code: 'ONIMBOTV2JOINCHAT',
    change: (p) => delete p.data.user,
    paths: ['data[user]'],
    message: /^is required in a private chat but missing$/,
  },
  {
    name: 'a join without the dialog id',
    code: 'ONIMBOTV2JOINCHAT',
    change: (p) => delete p.data.dialogId,
    paths: ['data[dialogId]'],
  },
  {
    name: 'context data that is not a map',
    code: 'ONIMBOTV2CONTEXTGET',
    change: (p) => (p.data.context = 'entity=5'),
    paths: ['data[context]'],
    message: /expected an object/,
  },
  {
    name: 'a reaction event without reaction and action',
    code: 'ONIMBOTV2REACTIONCHANGE',
    change: (p) => {
      delete p.data.reaction;
      delete p.data.action;
    },
    paths: ['data[action]', 'data[reaction]'],
  },
  {
    name: 'a missing ts and application token',
    code: 'ONIMBOTV2DELETE',
    change: (p) => {
      delete p.ts;
      delete p.auth.application_token;
    },
    paths: ['auth[application_token]', 'ts'],
  },
  {
    name: 'a bad handler id',
    code: 'ONIMBOTV2MESSAGEADD',
    change: (p) => (p.event_handler_id = '1e3'),
    paths: ['event_handler_id'],
    message: /fraction or exponent/,
  },
  {
    name: 'a missing event code',
    code: 'ONIMBOTV2REACTIONCHANGE',
    change: (p) => delete p.event,
    paths: ['event'],
    message: /^is required but missing$/,
  },
];

describe('invalid API 2.0 payloads', () => {
  it.each(broken)('$name: invalid_payload at $paths', ({ code, change, paths, message }) => {
    const { parse, safeParse, fixture } = EVENTS[code] as (typeof EVENTS)[string];
    for (const [shape, input] of wireShapes(mutated(fixture, change))) {
      const result = safeParse(input);
      expect(result.success, shape).toBe(false);
      expect(result.error?.code, shape).toBe('invalid_payload');
      expect(result.issues?.map((issue) => issue.path).sort(), shape).toEqual(paths);
      if (message !== undefined) {
        for (const issue of result.issues ?? []) expect(issue.message, shape).toMatch(message);
      }
      expect(() => parse(input)).toThrow(EventParseError);
    }
  });

  it('never shows a value in a message', () => {
    const secret = 'sekret-token-value-123';
    const p = mutated('ONIMBOTV2COMMANDADD-private', (p) => {
      p.data.message.date = secret;
      p.data.chat.id = secret;
      p.data.bot.auth.application_token = { secret };
    });
    const result = safeParseImBotV2CommandAdd(encodeForm(p));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.issues)).not.toContain('sekret');
    expect(result.error?.message).not.toContain('sekret');
  });
});

describe('wrong events', () => {
  const codes = Object.keys(EVENTS);
  it.each(codes)('the %s parser refuses every other event with wrong_event', (code) => {
    const { safeParse } = EVENTS[code] as (typeof EVENTS)[string];
    for (const other of codes.filter((item) => item !== code)) {
      const body = fixtureText(`v2/${(EVENTS[other] as (typeof EVENTS)[string]).fixture}.form.txt`);
      const result = safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe('wrong_event');
      expect(result.issues).toEqual([
        { path: 'event', message: `expected the event ${code}, found the event ${other}` },
      ]);
    }
  });

  it('an API 1.0 event is not its API 2.0 counterpart, nor the other way round', () => {
    expect(() =>
      parseImBotV2MessageAdd(fixtureText('v1/ONIMBOTMESSAGEADD-private.form.txt')),
    ).toThrow(
      /wrong_event: event: expected the event ONIMBOTV2MESSAGEADD, found the event ONIMBOTMESSAGEADD/,
    );
    expect(() =>
      parseImBotMessageAdd(fixtureText('v2/ONIMBOTV2MESSAGEADD-private.form.txt')),
    ).toThrow(
      /wrong_event: event: expected the event ONIMBOTMESSAGEADD, found the event ONIMBOTV2MESSAGEADD/,
    );
  });

  it('no safeParse throws, whatever the input', () => {
    const inputs: unknown[] = ['', 'x', '{', '{}', 'event=ONIMBOTV2DELETE', {}, [], null, 42];
    for (const { safeParse } of Object.values(EVENTS)) {
      for (const input of inputs) {
        const result = safeParse(input as EventInput);
        expect(result.success).toBe(false);
        expect(result.error).toBeInstanceOf(EventParseError);
      }
    }
  });
});

describe('codes and edge values', () => {
  const reaction = 'ONIMBOTV2REACTIONCHANGE-private';
  const command = 'ONIMBOTV2COMMANDADD-private';

  it("reaction actions by name in any case; another is 'unknown', an issue under strict", () => {
    type Reaction = { action: string };
    expect(
      event<Reaction>(
        'ONIMBOTV2REACTIONCHANGE',
        mutated(reaction, (p) => (p.data.action = 'DELETE')),
      ).action,
    ).toBe('delete');
    const odd = mutated(reaction, (p) => (p.data.action = 'toggle'));
    expect(event<Reaction>('ONIMBOTV2REACTIONCHANGE', odd).action).toBe('unknown');
    expect(safeParseImBotV2ReactionChange(encodeForm(odd), { strict: true }).issues).toEqual([
      {
        path: 'data[action]',
        message: 'expected a reaction action (add, delete), found an unknown code',
      },
    ]);
  });

  it("command contexts by name in any case; another is 'unknown', an issue under strict", () => {
    type Command = { commands: [{ context: string; command: string }] };
    const menu = mutated(command, (p) => (p.data.command.context = 'MENU'));
    expect(event<Command>('ONIMBOTV2COMMANDADD', menu).commands[0].context).toBe('menu');
    const voice = mutated(command, (p) => (p.data.command.context = 'voice'));
    expect(event<Command>('ONIMBOTV2COMMANDADD', voice).commands[0].context).toBe('unknown');
    expect(safeParseImBotV2CommandAdd(encodeForm(voice), { strict: true }).issues).toEqual([
      {
        path: 'data[command][context]',
        message: 'expected a command context (TEXTAREA, KEYBOARD, MENU), found an unknown code',
      },
    ]);
  });

  it('strips exactly one leading slash from the command', () => {
    type Command = { commands: [{ command: string }] };
    const name = (text: string) =>
      event<Command>(
        'ONIMBOTV2COMMANDADD',
        mutated(command, (p) => (p.data.command.command = text)),
      ).commands[0].command;
    expect(name('/help')).toBe('help');
    expect(name('help')).toBe('help');
    expect(name('//help')).toBe('/help');
  });

  it("reads none as Bitrix24 sends it: null (JSON), '' (a webhook), or left out", () => {
    type Event = {
      message: { date?: string; uuid?: string };
      chat: { parentChatId?: number | null; parentMessageId?: number | null; color?: string };
    };
    const thread = 'ONIMBOTV2MESSAGEADD-thread';
    for (const none of [null, '']) {
      const p = mutated(thread, (p) => {
        p.data.message.date = none;
        p.data.message.uuid = none;
        p.data.chat.parentChatId = none;
        p.data.chat.parentMessageId = none;
        p.data.chat.color = none;
      });
      const parsed = event<Event>('ONIMBOTV2MESSAGEADD', p);
      expect(parsed.message).not.toHaveProperty('date');
      expect(parsed.message).not.toHaveProperty('uuid');
      expect(parsed.chat).not.toHaveProperty('parentChatId');
      expect(parsed.chat).not.toHaveProperty('parentMessageId');
      expect(parsed.chat).not.toHaveProperty('color');
    }
    const zero = mutated(thread, (p) => {
      p.data.chat.parentChatId = 0;
      p.data.chat.parentMessageId = '0';
    });
    expect(event<Event>('ONIMBOTV2MESSAGEADD', zero).chat).toMatchObject({
      parentChatId: null,
      parentMessageId: null,
    });
  });

  it("reads a message without text (a message of only files) as text ''", () => {
    for (const code of ['ONIMBOTV2MESSAGEADD', 'ONIMBOTV2MESSAGEUPDATE', 'ONIMBOTV2COMMANDADD']) {
      const fixture = (EVENTS[code] as (typeof EVENTS)[string]).fixture;
      for (const none of [undefined, null, '']) {
        const p = mutated(fixture, (p) => {
          if (none === undefined) delete p.data.message.text;
          else p.data.message.text = none;
        });
        expect(event<{ message: { text: string } }>(code, p).message.text, code).toBe('');
      }
    }
  });

  it('takes every chat type API 2.0 names, and gives its letter when messageType is missing', () => {
    const letters: Record<string, string> = {
      private: 'P',
      chat: 'C',
      open: 'O',
      lines: 'L',
      system: 'S',
      channel: 'N',
      openChannel: 'J',
      thread: 'T',
      copilot: 'A',
      collab: 'B',
      external: 'X',
      generalChannel: '',
    };
    for (const [type, letter] of Object.entries(letters)) {
      const p = mutated('ONIMBOTV2MESSAGEADD-group', (p) => {
        p.data.chat.type = type;
        delete p.data.chat.messageType;
      });
      const parsed = event<{ chat: { type: string; messageType: string } }>(
        'ONIMBOTV2MESSAGEADD',
        p,
      );
      expect(parsed.chat.type).toBe(type);
      expect(parsed.chat.messageType).toBe(letter);
    }
  });

  it("an unknown messageType letter without type is 'unknown', an issue under strict", () => {
    const p = mutated(
      'ONIMBOTV2MESSAGEADD-message-type-only',
      (p) => (p.data.chat.messageType = 'Q'),
    );
    expect(event<{ chat: { type: string } }>('ONIMBOTV2MESSAGEADD', p).chat.type).toBe('unknown');
    expect(
      safeParseImBotV2MessageAdd(p, { strict: true }).issues?.map((issue) => issue.path),
    ).toEqual(['data[chat][messageType]']);
  });

  it('an empty user is null; a private join then takes the user from the dialog id', () => {
    const p = mutated('ONIMBOTV2JOINCHAT-private', (p) => (p.data.user = []));
    // The parse functions drop an empty user as PHP does, and then miss it in a private chat.
    expect(safeParseImBotV2JoinChat(p).issues?.map((issue) => issue.path)).toEqual(['data[user]']);
    // A pipeline schema sees the empty array itself.
    const parsed = v.parse(ImBotV2JoinChatSchema, p);
    expect(parsed.user).toBeNull();
    expect(parsed.chat).toMatchObject({ type: 'private', toUserId: 58 });
    const group = mutated('ONIMBOTV2MESSAGEADD-group', (p) => delete p.data.user);
    expect(event<{ user: unknown }>('ONIMBOTV2MESSAGEADD', group).user).toBeNull();
  });
});
