import { describe, expect, it, vi } from 'vitest';
import {
  type BotEventContext,
  createBotEventHandler,
  describeBotEventFailure,
  EventParseError,
  parseBotEvent,
  safeParseBotEvent,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

const TOKEN = '8e3ab48a764a9b02700e759d59e91125';
const FORGED = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const command = fixtureText('onimcommandadd/en-group.form.txt');
const commandJson = fixtureText('onimcommandadd/en-group.json');
/** Every token of the documented command, none of which may reach a log line. */
const SECRETS = [
  ...new Set([...command.matchAll(/_token%5D=([0-9a-z]+)/g)].map((match) => match[1] as string)),
];

function post(body: string, type = FORM_TYPE): Request {
  return new Request('http://127.0.0.1/bot', {
    method: 'POST',
    body,
    headers: { 'content-type': type },
  });
}

/** Runs `body` with console.error captured; gives the lines written. */
async function logged(body: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    await body();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe('fail closed: the handler refuses an applicationToken that names no token', () => {
  for (const [name, applicationToken] of [
    ['undefined', undefined],
    ["''", ''],
    ['[]', []],
    ["['']", ['']],
  ] as const) {
    it(`throws a TypeError for ${name} that says to check the variable, or pass false`, () => {
      const create = () => createBotEventHandler({}, { applicationToken });
      expect(create).toThrow(TypeError);
      expect(create).toThrow(/environment variable .* set\?.*pass false to turn verification off/);
    });
  }

  it('takes false, and only false, as verification off', async () => {
    const endpoint = createBotEventHandler({}, { applicationToken: false });
    expect((await endpoint(post(command.replaceAll(TOKEN, FORGED)))).status).toBe(200);
    expect(() => createBotEventHandler({}, { applicationToken: null as never })).toThrow(TypeError);
    expect(() => createBotEventHandler({}, { applicationToken: 0 as never })).toThrow(TypeError);
  });

  it('refuses onError and waitUntil of the wrong kind', () => {
    expect(() =>
      createBotEventHandler({}, { applicationToken: TOKEN, onError: 'log' as never }),
    ).toThrow(/onError/);
    expect(() =>
      createBotEventHandler({}, { applicationToken: TOKEN, waitUntil: {} as never }),
    ).toThrow(/waitUntil/);
  });
});

describe('loud by default: one line per failed request', () => {
  const endpoint = createBotEventHandler(
    {
      ONIMCOMMANDADD: (event) => {
        if (event.commands[0].params === 'boom') throw new Error('the database is down');
      },
    },
    { applicationToken: (portal) => (portal.domain === 'unknown.example' ? undefined : TOKEN) },
  );

  const cases: [string, () => Request, RegExp][] = [
    [
      'a wrong token (401)',
      () => post(command.replaceAll(TOKEN, FORGED)),
      /^\[bitrix24-imbot-events\] 401 token_mismatch: auth\[application_token\]: the application token does not match/,
    ],
    [
      'an unknown portal (401, said so)',
      () => post(command.replace('auth%5Bdomain%5D=', 'auth%5Bdomain%5D=unknown.example&x=')),
      /^\[bitrix24-imbot-events\] 401 token_mismatch: auth\[member_id\]: the portal is not known/,
    ],
    [
      'an invalid payload (400)',
      () => post(command.replace(/(^|&)ts=\d+/, '$1ts=yesterday')),
      /^\[bitrix24-imbot-events\] 400 invalid_payload: ts: /,
    ],
    [
      'a broken body (400)',
      () => post('{"event":', 'application/json'),
      /^\[bitrix24-imbot-events\] 400 malformed_body: the body starts with "\{" but is not valid JSON$/,
    ],
    [
      'another content type (415)',
      () => post(command, 'text/plain'),
      /^\[bitrix24-imbot-events\] 415 unsupported_content_type: expected application\/x-www-form-urlencoded or application\/json, found content type text\/plain$/,
    ],
    [
      'a body over maxBytes (413)',
      () => post(`${command}&pad=${'a'.repeat(1024 * 1024)}`),
      /^\[bitrix24-imbot-events\] 413 body_too_large: /,
    ],
    [
      'a GET (405)',
      () => new Request('http://127.0.0.1/bot'),
      /^\[bitrix24-imbot-events\] 405 method_not_allowed: only POST is answered$/,
    ],
    [
      'a handler that throws (500, with the event code and the stack)',
      () => post(command.replace('COMMAND_PARAMS%5D=test', 'COMMAND_PARAMS%5D=boom')),
      /^\[bitrix24-imbot-events\] 500 handler_failed \(ONIMCOMMANDADD\): the handler threw: Error: the database is down\n\s+at /,
    ],
  ];

  for (const [name, request, line] of cases) {
    it(`writes one line for ${name}, with no token and nothing of the body`, async () => {
      const lines = await logged(() => endpoint(request()));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      for (const secret of SECRETS) expect(lines[0]).not.toContain(secret);
      expect(lines[0]).not.toContain('%5B');
    });
  }

  it('writes nothing for a request that succeeds', async () => {
    expect(await logged(() => endpoint(post(command)))).toEqual([]);
    expect(await logged(() => endpoint(post(commandJson, 'application/json')))).toEqual([]);
  });

  it('says when the lookup failed, with its error', async () => {
    const failing = createBotEventHandler(
      {},
      {
        applicationToken: () => {
          throw new Error('no database');
        },
      },
    );
    const lines = await logged(() => failing(post(command)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[bitrix24-imbot-events\] 500 lookup_failed: the applicationToken lookup failed: Error: no database/,
    );
  });

  it('keeps a forged key name on one line', () => {
    const error = new EventParseError('invalid_payload', [
      { path: 'data[a\nb]', message: 'expected a string, found an object' },
    ]);
    const line = describeBotEventFailure(error, { status: 400, code: 'invalid_payload' });
    expect(line).toBe(
      '[bitrix24-imbot-events] 400 invalid_payload: data[a\\u000ab]: expected a string, found an object',
    );
  });

  it('hands every failure to onError instead, and to nobody with onError: false', async () => {
    const told: unknown[] = [];
    const withHook = createBotEventHandler(
      {},
      { applicationToken: TOKEN, onError: (error, info) => told.push(info.code, error) },
    );
    const silent = createBotEventHandler({}, { applicationToken: TOKEN, onError: false });
    const forged = () => post(command.replaceAll(TOKEN, FORGED));
    expect(await logged(() => withHook(forged()))).toEqual([]);
    expect(told[0]).toBe('token_mismatch');
    expect(told[1]).toBeInstanceOf(EventParseError);
    expect(await logged(() => silent(forged()))).toEqual([]);
    expect((await silent(forged())).status).toBe(401);
  });
});

describe("the platform's context reaches the handler", () => {
  interface Env {
    readonly SECRET: string;
  }
  interface Ctx {
    waitUntil(promise: Promise<unknown>): void;
  }

  it('gives each handler the request, the arguments after it, and their waitUntil', async () => {
    const handed: Promise<unknown>[] = [];
    const ctx: Ctx = { waitUntil: (promise) => void handed.push(promise) };
    const order: string[] = [];
    let context: BotEventContext<[Env, Ctx]> | undefined;
    const endpoint = createBotEventHandler<[Env, Ctx]>(
      {
        ONIMCOMMANDADD: (_event, given) => {
          context = given;
          given.waitUntil(async () => {
            order.push('work');
          });
          order.push('handler');
        },
      },
      // The lookup gets the platform's arguments too: a Worker's secret lives in env.
      { applicationToken: (_portal, env) => env.SECRET },
    );
    const request = post(command);
    const response = await endpoint(request, { SECRET: TOKEN }, ctx);
    expect(response.status).toBe(200);
    expect(context?.request).toBe(request);
    expect(context?.args).toEqual([{ SECRET: TOKEN }, ctx]);
    expect(handed).toHaveLength(1); // handed to the platform, which keeps the function alive
    await Promise.all(handed);
    expect(order).toEqual(['handler', 'work']);
    // The same endpoint, another request with another env: made once, not per request.
    const lines = await logged(async () => {
      expect((await endpoint(post(command), { SECRET: FORGED }, ctx)).status).toBe(401);
    });
    expect(lines).toHaveLength(1);
  });

  it('uses the waitUntil option where the platform passes none (Next.js after)', async () => {
    const after: Promise<unknown>[] = [];
    const endpoint = createBotEventHandler(
      { ONIMCOMMANDADD: (_event, { waitUntil }) => waitUntil(Promise.resolve('done')) },
      { applicationToken: TOKEN, waitUntil: (promise) => void after.push(promise) },
    );
    expect((await endpoint(post(command), { params: Promise.resolve({}) })).status).toBe(200);
    expect(after).toHaveLength(1);
  });

  it('starts deferred work after the answer is built where there is no waitUntil', async () => {
    const order: string[] = [];
    let finished: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const endpoint = createBotEventHandler(
      {
        ONIMCOMMANDADD: (_event, { waitUntil }) => {
          waitUntil(() => {
            order.push('work');
            finished();
          });
          return Response.json({ ok: true });
        },
      },
      { applicationToken: TOKEN },
    );
    const response = await endpoint(post(command));
    order.push('answered');
    expect(await response.json()).toEqual({ ok: true });
    await done;
    expect(order).toEqual(['answered', 'work']);
  });

  it('reports deferred work that fails as work_failed, by default as a line', async () => {
    let finished: () => void = () => {};
    const failedOnce = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const told: unknown[] = [];
    const endpoint = createBotEventHandler(
      {
        ONIMCOMMANDADD: (_event, { waitUntil }) => {
          waitUntil(async () => {
            throw new Error('REST call failed');
          });
        },
      },
      {
        applicationToken: TOKEN,
        onError: (error, info) => {
          told.push(info, (error as Error).message);
          finished();
        },
      },
    );
    expect((await endpoint(post(command))).status).toBe(200);
    await failedOnce;
    expect(told).toEqual([
      { status: 200, code: 'work_failed', event: 'ONIMCOMMANDADD' },
      'REST call failed',
    ]);
    const line = describeBotEventFailure(new Error('REST call failed'), {
      status: 200,
      code: 'work_failed',
      event: 'ONIMCOMMANDADD',
    });
    expect(line).toMatch(
      /^\[bitrix24-imbot-events\] 200 work_failed \(ONIMCOMMANDADD\): work handed to waitUntil failed after the answer: Error: REST call failed/,
    );
  });

  it('refuses a waitUntil that is neither a Promise nor a function', async () => {
    const errors: unknown[] = [];
    const endpoint = createBotEventHandler(
      { ONIMCOMMANDADD: (_event, { waitUntil }) => waitUntil('later' as never) },
      { applicationToken: TOKEN, onError: (error) => errors.push(error) },
    );
    expect((await endpoint(post(command))).status).toBe(500);
    expect(String(errors[0])).toMatch(/waitUntil takes a Promise or a function/);
  });
});

describe('misuse gets a sentence that says what was meant', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a Fetch Request', post(command), /found a Fetch Request: use parseBotEventRequest/],
    ['a Promise', Promise.resolve(command), /found a Promise: await the body first/],
    ['a Response', new Response(command), /found a Fetch Response: await response\.text\(\)/],
    ['a Blob', new Blob([command]), /found a Blob: await blob\.text\(\)/],
    ['a stream', new ReadableStream(), /found a stream/],
  ];
  for (const [name, input, message] of cases) {
    it(`${name} is malformed_body with a hint, not "event: is required"`, () => {
      const result = safeParseBotEvent(input as string);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe('malformed_body');
      expect(result.error?.message).toMatch(message);
    });
  }

  it('reads FormData as the form it holds; a file in it is an issue', () => {
    const form = new FormData();
    for (const [name, value] of new URLSearchParams(command)) form.append(name, value);
    expect(parseBotEvent(form)).toEqual(parseBotEvent(command));
    form.append('data[PARAMS][MESSAGE]', new Blob(['x']), 'x.txt');
    const result = safeParseBotEvent(form);
    expect(result.error?.code).toBe('invalid_payload');
    expect(result.error?.issues[0]).toEqual({
      path: 'data[PARAMS][MESSAGE]',
      message: 'expected a string, found a file',
    });
  });
});
