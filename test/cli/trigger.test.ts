import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { decodeForm } from '../../src/decode/decodeForm.js';
import { parseBotEventRequest } from '../../src/dispatch/parseBotEvent.js';
import { EventParseError } from '../../src/errors/EventParseError.js';
import { KNOWN_BOT_EVENTS } from '../../src/events/table.js';
import {
  createBotEventBody,
  createBotEventPayload,
} from '../../src/testing/createBotEventPayload.js';
import { TEST_APPLICATION_TOKEN } from '../../src/testing/defaultParts.js';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

async function cli(argv: string[], fetch: Fetch = (url, init) => globalThis.fetch(url, init)) {
  let out = '';
  let err = '';
  const code = await runCli({
    argv,
    read: () => Promise.reject(new Error('trigger reads no file')),
    stdinIsTerminal: true,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    version: '9.9.9',
    fetch,
  });
  return { code, out, err };
}

/** A request the local server received. */
interface Received {
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * What the local server answers: a status, a body and headers; no answer at all (`hang`); or the
 * start of an answer, then the connection closed (`cut`).
 */
type Answer =
  | { readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | 'hang'
  | 'cut';

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * Starts a node:http server on 127.0.0.1, on a free port, that records each request and answers
 * as told.
 */
async function startServer(answer: (received: Received) => Answer | Promise<Answer>) {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = {
      method: request.method,
      path: request.url,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    received.push(entry);
    const reply = await answer(entry);
    if (reply === 'hang') return;
    if (reply === 'cut') {
      response.writeHead(200, { 'content-length': '100' });
      response.write('half');
      setTimeout(() => response.socket?.destroy(), 20);
      return;
    }
    response.writeHead(reply.status, reply.headers ?? {});
    response.end(reply.body ?? '');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/bot`, received };
}

/** The URL of a port nothing listens on: a server's, once closed. */
async function closedPortUrl(): Promise<string> {
  const { url } = await startServer(() => ({ status: 200 }));
  const server = servers.pop() as Server;
  await new Promise((resolve) => server.close(resolve));
  return url;
}

/**
 * A bot's endpoint: reads the request as the library's Fetch path does, the application token
 * checked; answers 200 with what it read, 401 for a wrong token, 400 for an invalid body.
 */
async function startBot(applicationToken = TEST_APPLICATION_TOKEN) {
  return startServer(async ({ headers, body }) => {
    const request = new Request('http://127.0.0.1/bot', {
      method: 'POST',
      headers: { 'content-type': headers['content-type'] ?? '' },
      body,
    });
    try {
      const event = await parseBotEventRequest(request, { applicationToken });
      const text =
        'message' in event && typeof event.message === 'object' && event.message !== null
          ? (event.message as { text?: unknown }).text
          : undefined;
      return { status: 200, body: JSON.stringify({ ok: event.event, text }) };
    } catch (error) {
      if (!(error instanceof EventParseError)) throw error;
      return { status: error.code === 'token_mismatch' ? 401 : 400, body: error.code };
    }
  });
}

/** Every value keyed application_token in a decoded body, by path. */
function tokensIn(node: unknown, path = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'application_token' ? [[`${path}.${key}`, value]] : tokensIn(value, `${path}.${key}`),
  );
}

/** A fetch the test fails on: usage errors post nothing. */
const noFetch: Fetch = () => {
  throw new Error('posted although the arguments were refused');
};

describe('trigger', () => {
  it('posts the form body Bitrix24 posts and prints the status and the answer', async () => {
    const bot = await startBot();
    const { code, out, err } = await cli(['trigger', 'ONIMBOTMESSAGEADD', '--to', bot.url]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(
      `HTTP 200\n${JSON.stringify({ ok: 'ONIMBOTMESSAGEADD', text: createBotEventPayload('ONIMBOTMESSAGEADD').data.PARAMS.MESSAGE })}\n`,
    );
    expect(bot.received).toHaveLength(1);
    const [request] = bot.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/bot');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers['user-agent']).toBe('bitrix24-imbot-events/9.9.9 (trigger)');
    // The builders' body, byte for byte, with the default token.
    expect(request?.body).toBe(createBotEventBody('ONIMBOTMESSAGEADD'));
    expect(request?.body).toContain(`auth%5Bapplication_token%5D=${TEST_APPLICATION_TOKEN}`);
  });

  it('posts every known event that a handler accepts, the user events included', async () => {
    const bot = await startBot();
    for (const event of KNOWN_BOT_EVENTS) {
      const { code, out } = await cli(['trigger', event, '--to', bot.url]);
      // The user events carry no auth, so a token check refuses them: they are polled, not posted.
      const expected = event.startsWith('ONIMV2') ? 401 : 200;
      expect(out.split('\n')[0], event).toBe(`HTTP ${expected}`);
      expect(code, event).toBe(expected === 200 ? 0 : 1);
    }
  });

  it('takes the code in any case', async () => {
    const bot = await startBot();
    const { code } = await cli(['trigger', 'onImBotV2MessageAdd', '--to', bot.url]);
    expect(code).toBe(0);
    expect(decodeForm(bot.received[0]?.body ?? '').event).toBe('ONIMBOTV2MESSAGEADD');
  });

  it('--set takes the dotted and the bracket path, repeated; values are strings, = included', async () => {
    const bot = await startBot();
    const { code, out } = await cli([
      'trigger',
      'ONIMBOTMESSAGEADD',
      '--to',
      bot.url,
      '--set',
      'data.PARAMS.MESSAGE=help me',
      '--set=data[USER][NAME]=Ada Lovelace',
      '--set',
      'data[PARAMS][a.b]=x=y',
      '--set',
      'data.EXTRA.FLAG=Y',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out.split('\n')[1] ?? '')).toEqual({
      ok: 'ONIMBOTMESSAGEADD',
      text: 'help me',
    });
    const overrides = {
      data: {
        PARAMS: { MESSAGE: 'help me', 'a.b': 'x=y' },
        USER: { NAME: 'Ada Lovelace' },
        EXTRA: { FLAG: 'Y' },
      },
    };
    // The builders' body with those overrides, byte for byte.
    expect(bot.received[0]?.body).toBe(createBotEventBody('ONIMBOTMESSAGEADD', overrides));
  });

  it('--set PATH= sends an empty string; the later --set of a path wins', async () => {
    const bot = await startBot();
    await cli([
      'trigger',
      'ONIMBOTV2MESSAGEADD',
      '--to',
      bot.url,
      '--set',
      'data.message.text=first',
      '--set',
      'data[message][text]=',
    ]);
    expect(bot.received[0]?.body).toContain('data%5Bmessage%5D%5Btext%5D=&');
    const tree = decodeForm(bot.received[0]?.body ?? '') as {
      data: { message: { text: string } };
    };
    expect(tree.data.message.text).toBe('');
  });

  it('--unset removes a key (then --set starts from nothing there)', async () => {
    const bot = await startBot();
    const removed = await cli([
      'trigger',
      'ONIMBOTMESSAGEADD',
      '--to',
      bot.url,
      '--set',
      'data.USER.ID=7',
      '--set',
      'data.USER.NAME=Ada',
      '--unset',
      'data.USER',
      '--unset',
      'data[PARAMS][CHAT_COLOR]',
    ]);
    expect(removed.code).toBe(0);
    const tree = decodeForm(bot.received[0]?.body ?? '') as {
      data: { USER: unknown; PARAMS: Record<string, unknown> };
    };
    expect(tree.data.USER).toEqual({ ID: '7', NAME: 'Ada' });
    expect(tree.data.PARAMS).not.toHaveProperty('CHAT_COLOR');
    expect(tree.data.PARAMS.MESSAGE).toBe(
      createBotEventPayload('ONIMBOTMESSAGEADD').data.PARAMS.MESSAGE,
    );
    // Without the token, a handler that checks it refuses the event: exit 1.
    const noToken = await cli([
      'trigger',
      'ONIMBOTMESSAGEADD',
      '--to',
      bot.url,
      '--unset',
      'auth.application_token',
    ]);
    expect(noToken.code).toBe(1);
    expect(noToken.out).toBe('HTTP 401\ntoken_mismatch\n');
    expect(noToken.err).toBe(
      'bitrix24-imbot-events: trigger: the endpoint answered HTTP 401, not 2xx\n',
    );
    expect(tokensIn(decodeForm(bot.received[1]?.body ?? '')).map(([path]) => path)).not.toContain(
      '.auth.application_token',
    );
  });

  for (const format of ['form', 'json'] as const) {
    it(`--token puts the token everywhere the ${format} body carries one, and never prints it`, async () => {
      const token = 'c0ffeec0ffeec0ffeec0ffeec0ffee42';
      const bot = await startBot(token);
      for (const event of [
        'ONIMCOMMANDADD',
        'ONIMBOTMESSAGEADD',
        'ONIMBOTV2MESSAGEADD',
        'ONIMBOTV2COMMANDADD',
        'ONAPPINSTALL',
      ]) {
        const { code, out, err } = await cli([
          'trigger',
          event,
          '--to',
          bot.url,
          '--token',
          token,
          '--format',
          format,
        ]);
        expect(out.split('\n')[0], event).toBe('HTTP 200');
        expect(code, event).toBe(0);
        expect(out + err).not.toContain(token);
        const body = bot.received.at(-1)?.body ?? '';
        expect(body).not.toContain(TEST_APPLICATION_TOKEN);
        const tree = format === 'json' ? JSON.parse(body) : decodeForm(body);
        const copies = tokensIn(tree);
        expect(copies.length, event).toBeGreaterThanOrEqual(event === 'ONAPPINSTALL' ? 1 : 2);
        for (const [path, value] of copies) expect(value, `${event} ${path}`).toBe(token);
      }
      // The default token is refused by that handler.
      const wrong = await cli(['trigger', 'ONIMCOMMANDADD', '--to', bot.url, '--format', format]);
      expect(wrong.code).toBe(1);
      expect(wrong.out).toBe('HTTP 401\ntoken_mismatch\n');
    });
  }

  it('--format json posts the payload as JSON, with its content type', async () => {
    const bot = await startBot();
    const { code, out } = await cli([
      'trigger',
      'ONIMBOTV2MESSAGEADD',
      '--to',
      bot.url,
      '--format',
      'json',
      '--set',
      'data.message.text=help',
    ]);
    expect(code).toBe(0);
    expect(out).toBe(`HTTP 200\n${JSON.stringify({ ok: 'ONIMBOTV2MESSAGEADD', text: 'help' })}\n`);
    const [request] = bot.received;
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual(
      createBotEventPayload('ONIMBOTV2MESSAGEADD', { data: { message: { text: 'help' } } }),
    );
    const form = await cli(['trigger', 'ONIMBOTV2MESSAGEADD', '--to', bot.url, '--format=form']);
    expect(form.code).toBe(0);
    expect(bot.received[1]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('exits 1 when the endpoint cannot be reached: one line, no stack', async () => {
    const { code, out, err } = await cli([
      'trigger',
      'ONIMCOMMANDADD',
      '--to',
      await closedPortUrl(),
    ]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(
      /^bitrix24-imbot-events: trigger: could not reach http:\/\/127\.0\.0\.1:\d+ \(connection refused, ECONNREFUSED\)\n$/,
    );
    expect(err).not.toContain('/bot');
  });

  it('exits 1 when the connection is closed before the answer is read', async () => {
    const { url } = await startServer(() => 'cut');
    const { code, out, err } = await cli(['trigger', 'ONIMCOMMANDADD', '--to', url]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(
      /^bitrix24-imbot-events: trigger: could not reach http:\/\/127\.0\.0\.1:\d+ \(.+\)\n$/,
    );
  });

  it('--timeout: exits 1 when no answer comes in time', async () => {
    // The server reads the request and never answers (on a busy machine the timeout may even
    // come before it has read it: the CLI's side is the same).
    const { url } = await startServer(() => 'hang');
    const started = Date.now();
    const { code, out, err } = await cli([
      'trigger',
      'ONIMCOMMANDADD',
      '--to',
      url,
      '--timeout',
      '0.5',
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+ \(no answer within 0\.5 s\)\n$/);
  });

  it('exits 1 for an answer that is not 2xx, printing it', async () => {
    const { url } = await startServer(() => ({ status: 500, body: 'boom' }));
    const { code, out, err } = await cli(['trigger', 'ONIMCOMMANDADD', '--to', url]);
    expect(code).toBe(1);
    expect(out).toBe('HTTP 500\nboom\n');
    expect(err).toBe('bitrix24-imbot-events: trigger: the endpoint answered HTTP 500, not 2xx\n');
  });

  it('prints a redirect without following it', async () => {
    const { url, received } = await startServer(() => ({
      status: 302,
      headers: { location: '/elsewhere' },
    }));
    const { code, out, err } = await cli(['trigger', 'ONIMCOMMANDADD', '--to', url]);
    expect(code).toBe(1);
    expect(received).toHaveLength(1);
    expect(out).toBe('HTTP 302\n');
    expect(err).toBe(
      'bitrix24-imbot-events: trigger: the endpoint answered HTTP 302, a redirect to /elsewhere, which trigger does not follow\n',
    );
  });

  it('prints an empty answer as the status alone, and an answer ending in a newline as it is', async () => {
    const empty = await startServer(() => ({ status: 204 }));
    expect(await cli(['trigger', 'ONIMCOMMANDADD', '--to', empty.url])).toEqual({
      code: 0,
      out: 'HTTP 204\n',
      err: '',
    });
    const lines = await startServer(() => ({ status: 201, body: 'a\nb\n' }));
    expect((await cli(['trigger', 'ONIMCOMMANDADD', '--to', lines.url])).out).toBe(
      'HTTP 201\na\nb\n',
    );
  });

  it('posts through the fetch of its host, as a POST with a timeout, redirects not followed', async () => {
    const calls: [string, RequestInit][] = [];
    const { code, out } = await cli(
      ['trigger', 'ONIMCOMMANDADD', '--to', 'https://bot.example.com/b24?x=1'],
      async (url, init) => {
        calls.push([url, init]);
        return new Response('ok', { status: 200 });
      },
    );
    expect(code).toBe(0);
    expect(out).toBe('HTTP 200\nok\n');
    const [[url, init] = ['', {}]] = calls;
    expect(url).toBe('https://bot.example.com/b24?x=1');
    expect(init).toMatchObject({
      method: 'POST',
      redirect: 'manual',
      body: createBotEventBody('ONIMCOMMANDADD'),
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  const failures: [string, unknown, string][] = [
    [
      'an unknown host',
      new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }),
      'host not found, ENOTFOUND',
    ],
    [
      'a refused certificate',
      new TypeError('fetch failed', { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } }),
      'the TLS certificate was refused, DEPTH_ZERO_SELF_SIGNED_CERT',
    ],
    [
      'an aggregate cause',
      new TypeError('fetch failed', {
        cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      }),
      'connection refused, ECONNREFUSED',
    ],
    [
      'an unknown code',
      new TypeError('fetch failed', { cause: { code: 'EWHATEVER' } }),
      'EWHATEVER',
    ],
    ['no code', new TypeError('fetch failed'), 'network error'],
    [
      'a cause without a code',
      new TypeError('fetch failed', { cause: new Error('something\nbroke') }),
      'something?broke',
    ],
    [
      'a port fetch refuses',
      new TypeError('fetch failed', { cause: new Error('bad port') }),
      'fetch refuses to connect to that port (a "bad port")',
    ],
    ['not even an error', 'nope', 'network error'],
  ];
  for (const [name, error, words] of failures) {
    it(`says why it could not reach the endpoint: ${name}`, async () => {
      const { code, err } = await cli(
        ['trigger', 'ONIMCOMMANDADD', '--to', 'https://bot.example.com/b24'],
        () => Promise.reject(error),
      );
      expect(code).toBe(1);
      expect(err).toBe(
        `bitrix24-imbot-events: trigger: could not reach https://bot.example.com (${words})\n`,
      );
    });
  }

  const TO = ['--to', 'http://127.0.0.1:9/bot'];
  const usage: [string, string[], RegExp][] = [
    ['no CODE', ['trigger', ...TO], /trigger needs an event CODE; the known events are:\n/],
    [
      'an unknown CODE',
      ['trigger', 'ONFOO', ...TO],
      /unknown event 'ONFOO'; the known events are:\n/,
    ],
    [
      'two CODEs',
      ['trigger', 'ONIMCOMMANDADD', 'ONAPPTEST', ...TO],
      /trigger takes one CODE, got 2 \(extra: 'ONAPPTEST'\)/,
    ],
    ['no --to', ['trigger', 'ONIMCOMMANDADD'], /trigger needs --to URL/],
    [
      '--to without a value',
      ['trigger', 'ONIMCOMMANDADD', '--to'],
      /option '--to' of trigger needs a value/,
    ],
    [
      '--to followed by an option',
      ['trigger', 'ONIMCOMMANDADD', '--to', '--format', 'json'],
      /option '--to' of trigger needs a value \(for one that starts with -, write --to=VALUE\)/,
    ],
    [
      '--to not a URL',
      ['trigger', 'ONIMCOMMANDADD', '--to', 'localhost:3000'],
      /--to needs an http:\/\/ or https:\/\/ URL, got 'localhost:3000'/,
    ],
    [
      '--to a relative URL',
      ['trigger', 'ONIMCOMMANDADD', '--to', '/bot'],
      /--to needs an http:\/\/ or https:\/\/ URL, got '\/bot'/,
    ],
    [
      '--to an ftp URL',
      ['trigger', 'ONIMCOMMANDADD', '--to', 'ftp://host/bot'],
      /--to needs an http:\/\/ or https:\/\/ URL, got 'ftp:\/\/host\/bot'/,
    ],
    [
      '--to of another scheme, with a password',
      ['trigger', 'ONIMCOMMANDADD', '--to', 'ftp://me:hunter2@host/bot'],
      /--to needs an http:\/\/ or https:\/\/ URL, got 'ftp:\/\/host\/bot'/,
    ],
    [
      '--to with a password',
      ['trigger', 'ONIMCOMMANDADD', '--to', 'http://u:p@host/bot'],
      /--to: a URL with a user or password cannot be fetched/,
    ],
    [
      '--set without =',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', 'data.PARAMS.MESSAGE'],
      /--set takes PATH=VALUE, got 'data\.PARAMS\.MESSAGE' \(no =; PATH= sets an empty string\)/,
    ],
    [
      '--set with an empty path',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', '=x'],
      /--set needs a PATH, got an empty one/,
    ],
    [
      '--set with an empty key',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', 'data..X=1'],
      /--set: 'data\.\.X' has an empty key/,
    ],
    [
      '--set with an unclosed bracket',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', 'data[PARAMS=1'],
      /--set: 'data\[PARAMS' is not a path/,
    ],
    [
      '--set with []',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', 'data[]=1'],
      /--set: 'data\[\]' has an empty key/,
    ],
    [
      '--set of __proto__',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set', '__proto__.x=1'],
      /--set: '__proto__\.x' names __proto__, which no Bitrix24 payload has/,
    ],
    [
      '--set without a value',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--set'],
      /option '--set' of trigger needs a value/,
    ],
    [
      '--unset of a key the payload lacks',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--unset', 'data.PARAM.MESSAGE'],
      /--unset: the ONIMCOMMANDADD payload has no 'data\.PARAM\.MESSAGE' to remove/,
    ],
    [
      '--unset of an empty path',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--unset='],
      /--unset needs a PATH/,
    ],
    [
      'an unknown --format',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--format', 'xml'],
      /--format must be form or json, got 'xml'/,
    ],
    [
      'an empty --token',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--token='],
      /--token needs a token, got an empty one/,
    ],
    [
      '--token for a user event',
      ['trigger', 'ONIMV2MESSAGEADD', ...TO, '--token', 'abc'],
      /--token: ONIMV2MESSAGEADD carries no auth/,
    ],
    [
      'a --timeout of 0',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--timeout', '0'],
      /--timeout takes seconds, more than 0/,
    ],
    [
      'a --timeout in words',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--timeout', 'ten'],
      /--timeout takes seconds/,
    ],
    [
      'a negative --timeout',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--timeout=-1'],
      /--timeout takes seconds/,
    ],
    [
      'a --timeout past a timer',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--timeout', '9999999'],
      /--timeout takes seconds, more than 0 and at most 2147483, got '9999999'/,
    ],
    [
      'an unknown option',
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--data', 'x'],
      /unknown option '--data' for trigger/,
    ],
    [
      "another command's option",
      ['trigger', 'ONIMCOMMANDADD', ...TO, '--show-secrets'],
      /unknown option '--show-secrets' for trigger/,
    ],
    [
      'a value given to --help',
      ['trigger', '--help=1'],
      /option '--help' of trigger takes no value/,
    ],
  ];
  for (const [name, argv, message] of usage) {
    it(`exits 2 for ${name}, posting nothing`, async () => {
      const { code, out, err } = await cli(argv, noFetch);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(new RegExp(`^bitrix24-imbot-events: ${message.source}`));
      expect(err).toMatch(
        /\nUsage: bitrix24-imbot-events trigger CODE --to URL .*\nRun 'bitrix24-imbot-events trigger --help' for more\.\n$/,
      );
      expect(err).not.toMatch(/\n\s+at |TypeError|ERR_PARSE_ARGS/);
    });
  }

  it('lists every known code when the code is unknown or missing', async () => {
    for (const argv of [
      ['trigger', 'ONFOO', ...TO],
      ['trigger', ...TO],
    ]) {
      const { err } = await cli(argv, noFetch);
      for (const event of KNOWN_BOT_EVENTS) expect(err).toMatch(new RegExp(`\\b${event}\\b`));
      for (const line of err.split('\n')) expect(line.length).toBeLessThanOrEqual(200);
    }
  });

  it('never prints the token of a refused command line', async () => {
    const token = 'c0ffeec0ffeec0ffeec0ffeec0ffee42';
    for (const extra of [['--format', 'xml'], ['--set', 'x'], ['--to'], ['--timeout', '0']]) {
      const argv = ['trigger', 'ONIMCOMMANDADD', '--token', token, ...TO, ...extra];
      const { code, err } = await cli(argv, noFetch);
      expect(code, extra.join(' ')).toBe(2);
      expect(err).not.toContain(token);
    }
    const { err } = await cli(['trigger', 'ONIMCOMMANDADD', ...TO, '--token', '-secret'], noFetch);
    expect(err).toMatch(/option '--token' of trigger needs a value/);
    expect(err).not.toContain('-secret');
  });

  it('has help: its options, the default token, the exit codes; and is listed by the main help', async () => {
    const { code, out } = await cli(['trigger', '--help'], noFetch);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'Usage: bitrix24-imbot-events trigger CODE --to URL [--token TOKEN] [--set PATH=VALUE]... [--unset PATH]... [--format form|json] [--timeout SECONDS]',
    );
    for (const word of [
      '--to URL',
      '--token TOKEN',
      '--set PATH=VALUE',
      '--unset PATH',
      '--format form|json',
      '--timeout SECONDS',
      TEST_APPLICATION_TOKEN,
      'data[bot][auth]',
      'data[COMMAND][id]',
      'data[BOT][id]',
      'HTTP <status>',
    ]) {
      expect(out).toContain(word);
    }
    expect((await cli(['trigger', 'ONIMCOMMANDADD', '-h'], noFetch)).code).toBe(0);
    const main = await cli(['--help'], noFetch);
    expect(main.out).toMatch(/\n {2}trigger CODE --to URL +post a test event/);
  });
});

describe('the built CLI', () => {
  it('triggers an event against a local server, through the global fetch', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const bot = await startBot('built-cli-token');
    const run = promisify(execFile);
    const { stdout, stderr } = await run('node', [
      'dist/cli.js',
      'trigger',
      'ONIMBOTV2JOINCHAT',
      '--to',
      bot.url,
      '--token',
      'built-cli-token',
    ]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`HTTP 200\n${JSON.stringify({ ok: 'ONIMBOTV2JOINCHAT' })}\n`);
    const closed = await run('node', [
      'dist/cli.js',
      'trigger',
      'ONIMBOTV2JOINCHAT',
      '--to',
      await closedPortUrl(),
    ]).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(closed).toMatchObject({ code: 1, stdout: '' });
    expect((closed as { stderr: string }).stderr).toMatch(
      /^bitrix24-imbot-events: trigger: could not reach http:\/\/127\.0\.0\.1:\d+ \(connection refused, ECONNREFUSED\)\n$/,
    );
  });
});
