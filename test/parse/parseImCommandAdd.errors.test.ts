import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  type EventInput,
  EventParseError,
  encodeForm,
  parseImCommandAdd,
  safeParseImCommandAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate untyped JSON payloads freely.
type Payload = Record<string, any>;

function payload(name = 'en-group'): Payload {
  return JSON.parse(fixtureText(`onimcommandadd/${name}.json`));
}

function mutated(change: (p: Payload) => void, name?: string): Payload {
  const p = payload(name);
  change(p);
  return p;
}

function failure(input: EventInput, options?: Parameters<typeof parseImCommandAdd>[1]) {
  const result = safeParseImCommandAdd(input, options);
  if (result.success) throw new Error('expected a failure');
  expect(() => parseImCommandAdd(input, options)).toThrow(EventParseError);
  return result;
}

const broken: {
  name: string;
  payload: Payload;
  code: string;
  paths: string[];
  message?: RegExp;
}[] = [
  {
    name: 'a missing required field',
    payload: mutated((p) => delete p.data.PARAMS.MESSAGE_ID),
    code: 'invalid_payload',
    paths: ['data[PARAMS][MESSAGE_ID]'],
    message: /is required but missing/,
  },
  {
    name: 'a non-numeric id',
    payload: mutated((p) => (p.data.PARAMS.MESSAGE_ID = 'abc')),
    code: 'invalid_payload',
    paths: ['data[PARAMS][MESSAGE_ID]'],
    message: /expected an id .* found a string of 3 characters that is not a number/,
  },
  {
    name: 'an id past Number.MAX_SAFE_INTEGER',
    payload: mutated((p) => (p.data.COMMAND['99'].BOT_ID = '9007199254740992')),
    code: 'invalid_payload',
    paths: ['data[COMMAND][99][BOT_ID]'],
    message: /larger than 2\^53 - 1/,
  },
  {
    name: 'a negative id',
    payload: mutated((p) => (p.data.USER.ID = '-5')),
    code: 'invalid_payload',
    paths: ['data[USER][ID]'],
    message: /a negative number/,
  },
  {
    name: 'an id with an exponent',
    payload: mutated((p) => (p.event_handler_id = '1e3')),
    code: 'invalid_payload',
    paths: ['event_handler_id'],
    message: /fraction or exponent/,
  },
  {
    name: 'a bad unix time',
    payload: mutated((p) => (p.ts = 'yesterday')),
    code: 'invalid_payload',
    paths: ['ts'],
    message: /expected a unix time/,
  },
  {
    name: 'a bad flag',
    payload: mutated((p) => (p.data.PARAMS.SYSTEM = 'maybe')),
    code: 'invalid_payload',
    paths: ['data[PARAMS][SYSTEM]'],
    message: /expected a flag/,
  },
  {
    name: 'a wrong event code',
    payload: mutated((p) => (p.event = 'ONIMBOTMESSAGEADD')),
    code: 'wrong_event',
    paths: ['event'],
    message: /expected the event ONIMCOMMANDADD, found the event ONIMBOTMESSAGEADD/,
  },
  {
    name: 'a missing event code',
    payload: mutated((p) => delete p.event),
    code: 'invalid_payload',
    paths: ['event'],
  },
  {
    name: 'no auth',
    payload: mutated((p) => delete p.auth),
    code: 'invalid_payload',
    paths: ['auth'],
    message: /auth: is required but missing/,
  },
  {
    name: 'auth without its application token',
    payload: mutated((p) => delete p.auth.application_token),
    code: 'invalid_payload',
    paths: ['auth[application_token]'],
  },
  {
    name: 'no commands',
    payload: mutated((p) => (p.data.COMMAND = {})),
    code: 'invalid_payload',
    paths: ['data[COMMAND]'],
  },
  {
    name: 'a command key that is not an id',
    payload: mutated((p) => {
      p.data.COMMAND = { echo: p.data.COMMAND['99'] };
    }),
    code: 'invalid_payload',
    paths: ['data[COMMAND]'],
    message:
      /data\[COMMAND\]: expected a command id as the key \(decimal digits\), found a string of 4 characters/,
  },
  {
    name: 'a command without any bot auth',
    payload: mutated((p) => {
      const command = p.data.COMMAND['99'];
      delete command.AUTH;
      delete command.domain;
      delete command.member_id;
      delete command.application_token;
    }),
    code: 'invalid_payload',
    paths: [
      'data[COMMAND][99][domain]',
      'data[COMMAND][99][member_id]',
      'data[COMMAND][99][application_token]',
    ],
    message: /is required when the entry has no AUTH but missing/,
  },
  {
    name: 'a private chat without TO_USER_ID',
    payload: mutated((p) => delete p.data.PARAMS.TO_USER_ID, 'en-private'),
    code: 'invalid_payload',
    paths: ['data[PARAMS][TO_USER_ID]'],
    message: /is required in a private chat but missing/,
  },
  {
    name: 'neither CHAT_TYPE nor MESSAGE_TYPE',
    payload: mutated((p) => {
      delete p.data.PARAMS.CHAT_TYPE;
      delete p.data.PARAMS.MESSAGE_TYPE;
    }),
    code: 'invalid_payload',
    paths: ['data[PARAMS][CHAT_TYPE]'],
  },
  {
    name: 'a user with some fields but no ID',
    payload: mutated((p) => delete p.data.USER.ID),
    code: 'invalid_payload',
    paths: ['data[USER][ID]'],
  },
  {
    name: 'an object where a string belongs',
    payload: mutated((p) => (p.data.PARAMS.MESSAGE = { text: 'x' })),
    code: 'invalid_payload',
    paths: ['data[PARAMS][MESSAGE]'],
    message: /expected a string, found an object/,
  },
  {
    name: 'several problems at once',
    payload: mutated((p) => {
      delete p.ts;
      p.data.PARAMS.TO_CHAT_ID = 'x';
    }),
    code: 'invalid_payload',
    paths: ['data[PARAMS][TO_CHAT_ID]', 'ts'],
  },
];

describe('parseImCommandAdd: broken bodies', () => {
  for (const { name, payload: p, code, paths, message } of broken) {
    for (const [shape, input] of [
      ['JSON object', p],
      ['JSON text', JSON.stringify(p)],
      ['form body', encodeForm(p)],
    ] as const) {
      it(`${name} (${shape})`, () => {
        const { error, issues } = failure(input);
        expect(error.code).toBe(code);
        expect(issues.map((issue) => issue.path).sort()).toEqual([...paths].sort());
        expect(error.issues).toBe(issues);
        expect(error.message.startsWith(`[bitrix24-imbot-events] ${code}`)).toBe(true);
        if (message !== undefined) expect(error.message).toMatch(message);
      });
    }
  }

  const bodies: { name: string; input: unknown; code: string; options?: object }[] = [
    { name: 'malformed JSON', input: '{"event": "ONIMCOMMANDADD",', code: 'malformed_body' },
    {
      name: 'JSON bytes that are not UTF-8',
      input: Uint8Array.of(0x7b, 0xff, 0x7d),
      code: 'malformed_body',
    },
    { name: 'undefined', input: undefined, code: 'malformed_body' },
    { name: 'a number', input: 42, code: 'malformed_body' },
    { name: 'an array', input: [1, 2], code: 'malformed_body' },
    { name: 'null', input: null, code: 'malformed_body' },
    { name: 'an empty body', input: '', code: 'malformed_body' },
    { name: 'empty bytes', input: new Uint8Array(0), code: 'malformed_body' },
    {
      name: 'a body over maxBytes',
      input: fixtureText('onimcommandadd/en-group.form.txt'),
      code: 'body_too_large',
      options: { limits: { maxBytes: 1000 } },
    },
    {
      name: 'JSON over maxBytes',
      input: fixtureText('onimcommandadd/en-group.json'),
      code: 'body_too_large',
      options: { limits: { maxBytes: 1000 } },
    },
    {
      name: 'a body over maxParams',
      input: fixtureText('onimcommandadd/en-group.form.txt'),
      code: 'too_many_params',
      options: { limits: { maxParams: 50 } },
    },
    {
      name: 'an object over maxParams',
      input: payload(),
      code: 'too_many_params',
      options: { limits: { maxParams: 50 } },
    },
    {
      name: 'a body over maxMaps',
      input: fixtureText('onimcommandadd/en-group.form.txt'),
      code: 'too_many_params',
      options: { limits: { maxMaps: 3 } },
    },
    {
      name: 'JSON over maxMaps',
      input: fixtureText('onimcommandadd/en-group.json'),
      code: 'too_many_params',
      options: { limits: { maxMaps: 3 } },
    },
    {
      name: 'an object over maxMaps',
      input: payload(),
      code: 'too_many_params',
      options: { limits: { maxMaps: 3 } },
    },
    {
      name: 'an object over maxDepth',
      input: payload(),
      code: 'too_deep',
      options: { limits: { maxDepth: 2 } },
    },
    {
      name: 'a reserved key in JSON',
      input: '{"event":"ONIMCOMMANDADD","data":{"__proto__":{"x":"1"}}}',
      code: 'invalid_payload',
    },
    {
      name: 'a reserved key in a form body',
      input: 'event=ONIMCOMMANDADD&data[constructor][x]=1',
      code: 'invalid_payload',
    },
  ];
  for (const { name, input, code, options } of bodies) {
    it(`${name} fails with ${code}`, () => {
      expect(failure(input as EventInput, options).error.code).toBe(code);
    });
  }

  it('maxMaps counts every nested map once, in each input form alike', () => {
    const maps = (tree: object): number =>
      Object.values(tree).reduce<number>(
        (sum, item) => (typeof item === 'object' ? sum + 1 + maps(item) : sum),
        0,
      );
    const form = fixtureText('onimcommandadd/en-group.form.txt');
    const count = maps(decodeForm(form));
    expect(count).toBeGreaterThan(5);
    for (const input of [form, fixtureText('onimcommandadd/en-group.json'), payload()]) {
      expect(safeParseImCommandAdd(input, { limits: { maxMaps: count } }).success).toBe(true);
      expect(
        failure(input as EventInput, { limits: { maxMaps: count - 1 } }).error.message,
      ).toContain(`more than ${count - 1} maps (limits.maxMaps)`);
    }
  });

  it('names the reserved key in the path', () => {
    const { issues } = failure(
      '{"event":"ONIMCOMMANDADD","data":{"PARAMS":{"__proto__":{"x":"1"}}}}',
    );
    expect(issues[0]).toEqual({
      path: 'data[PARAMS][__proto__]',
      message: 'a key named __proto__ is not allowed',
    });
  });

  it('reports a cycle in an input object instead of recursing', () => {
    const p = payload();
    p.data.PARAMS.self = p.data;
    const { error } = failure(p);
    expect(error.code).toBe('invalid_payload');
    expect(error.issues[0].path).toBe('data[PARAMS][self]');
    expect(error.issues[0].message).toBe('expected a tree, found a cycle');
  });

  it('needs COMMAND_ID when qs turned the command map into a list', () => {
    const p = payload();
    const command = p.data.COMMAND['99'];
    delete command.COMMAND_ID;
    p.data.COMMAND = [command];
    const { issues } = failure(p);
    expect(issues.map((issue) => issue.path)).toContain('data[COMMAND][0][COMMAND_ID]');
  });

  it('takes the command id from the key when COMMAND_ID is missing from a map', () => {
    const p = payload();
    delete p.data.COMMAND['99'].COMMAND_ID;
    expect(parseImCommandAdd(encodeForm(p)).commands[0].id).toBe(99);
  });

  it('throws a TypeError for invalid options, from safeParse too', () => {
    expect(() => safeParseImCommandAdd('', { limits: { maxBytes: -1 } })).toThrow(TypeError);
  });
});

describe('parseImCommandAdd: no secret in any error', () => {
  const TOKEN = 'deadbeefcafe0123456789abcdef0123secret';
  const cases: [string, (p: Payload) => void][] = [
    ['an access token as a unix time', (p) => (p.auth.expires = TOKEN)],
    ['a token as an id', (p) => (p.data.PARAMS.MESSAGE_ID = TOKEN)],
    ['a token as a flag', (p) => (p.data.PARAMS.SYSTEM = TOKEN)],
    ['a token as the event code', (p) => (p.event = TOKEN.toUpperCase())],
    ['a token as a command key', (p) => (p.data.COMMAND = { [TOKEN]: p.data.COMMAND['99'] })],
    [
      'a token in an object for a token field',
      (p) => (p.auth.application_token = { value: TOKEN }),
    ],
    [
      'a token in an array for a token field',
      (p) => (p.data.COMMAND['99'].AUTH.access_token = [TOKEN, { a: TOKEN }]),
    ],
    ['a token as a chat type under strict', (p) => (p.data.PARAMS.CHAT_TYPE = TOKEN)],
    ['a token as the status under strict', (p) => (p.auth.status = TOKEN)],
  ];
  for (const [name, change] of cases) {
    const p = mutated(change);
    for (const [shape, input] of [
      ['JSON object', p],
      ['JSON text', JSON.stringify(p)],
      ['form body', encodeForm(p)],
      ['malformed JSON', `${JSON.stringify(p)}{`],
    ] as const) {
      it(`${name} (${shape})`, () => {
        const { error } = failure(input, { strict: true });
        const texts = [
          error.message,
          JSON.stringify(error),
          JSON.stringify(error.issues),
          inspect(error, { depth: 10, showHidden: true }),
          String(error.cause),
          error.stack ?? '',
        ];
        for (const text of texts) {
          expect(text).not.toContain(TOKEN);
          expect(text.toLowerCase()).not.toContain(TOKEN.toLowerCase());
          expect(text).not.toContain('8e3ab48a764a9b02700e759d59e91125');
        }
      });
    }
  }
});
