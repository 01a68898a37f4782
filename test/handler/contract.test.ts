import {
  createServer,
  request as httpRequest,
  IncomingMessage,
  type Server,
  ServerResponse,
} from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Limits } from '../../src/decode/limits.js';
import {
  type BotEventContext,
  type BotEventEndpoint,
  type BotEventHandlerErrorInfo,
  type BotEventHandlerOptions,
  type BotEventHandlers,
  createBotEventHandler,
  EventParseError,
} from '../../src/index.js';
import { createNodeMiddleware, type NodeMiddleware } from '../../src/node.js';
import {
  close,
  FORM,
  FORM_TYPE,
  HALF_FORM,
  listen,
  SECRETS,
  TOKEN,
  WRONG_TOKEN_FORM,
} from '../recipes/support.js';
import { fixtureText } from '../support/php.js';

// The contract of a bot endpoint, as one table: each case is a request, the endpoint's options and
// the answer expected (status, body, headers, the handler called, the log lines, the handler's
// context). Every case runs through the Fetch endpoint itself and through createNodeMiddleware on
// node:http and in Express 5, and must give the expected answer on all three.

const JSON_TYPE = 'application/json';
const JSON_BODY = fixtureText('onimcommandadd/en-group.json');
const MESSAGE = fixtureText('v1/ONIMBOTMESSAGEADD-group.form.txt');
const JOIN = fixtureText('v1/ONIMBOTJOINCHAT-group.form.txt');
const tokenOf = (body: string) =>
  /(?:^|&)auth%5Bapplication_token%5D=([0-9a-f]+)/.exec(body)?.[1] ?? '';
const MESSAGE_TOKEN = tokenOf(MESSAGE);
/** Every token of every body sent: none may reach a log line or an error answer. */
const ALL_SECRETS = [
  ...new Set([
    ...SECRETS,
    ...[FORM, MESSAGE, JOIN].flatMap((body) =>
      [...body.matchAll(/_token%5D=([0-9a-z]+)/g)].map((match) => match[1] as string),
    ),
  ]),
];
const COMMAND_PORTAL = 'd897063e1ce7c5eb9f04b9751eef5915';

const withParams = (params: string) =>
  FORM.replace('COMMAND_PARAMS%5D=test', `COMMAND_PARAMS%5D=${params}`);
const INVALID = FORM.replace(/(^|&)ts=\d+/, '$1ts=yesterday');
const FORGED_INVALID = WRONG_TOKEN_FORM.replace(/(^|&)ts=\d+/, '$1ts=yesterday');
const UNKNOWN = FORM.replace('event=ONIMCOMMANDADD', 'event=ONCRMDEALADD');
const UNKNOWN_PORTAL = FORM.replace(
  `auth%5Bmember_id%5D=${COMMAND_PORTAL}`,
  `auth%5Bmember_id%5D=${'0'.repeat(32)}`,
);
const NOT_UTF8 = Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]); // {"\xff\xfe":1}

/** A request of the table. */
interface Sent {
  /** @default 'POST' */
  readonly method?: string;
  /** The path and query. @default '/bot' */
  readonly path?: string;
  /** The content type; `null` for none (the body then goes as bytes). @default FORM_TYPE */
  readonly type?: string | null;
  /** @default FORM */
  readonly body?: string | Uint8Array<ArrayBuffer>;
  /** Sent in two chunks without a content-length, then held open: `first` and `second` bytes. */
  readonly stream?: { readonly first: number; readonly second: number };
}

/** The endpoint of a case. */
interface Setup {
  /** `'none'`: an endpoint without any handler. */
  readonly handlers?: 'none';
  /** @default [TOKEN, MESSAGE_TOKEN] */
  readonly token?: 'lookup' | 'lookup throws';
  readonly limits?: Partial<Limits>;
  readonly unknownEvents?: 'reject';
  /** `'console'`: no onError, the default line on console.error. @default 'onError' */
  readonly log?: 'console';
}

/** What a handler saw of its context, but what differs by platform (`args`, the body's state). */
interface ContextSeen {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | null;
}

interface Expected {
  readonly status: number;
  readonly body: string;
  /** The headers checked, with their values (`null`: absent). */
  readonly headers: Readonly<Record<string, string | null>>;
  /** The handlers called, and the work they deferred. */
  readonly calls: readonly string[];
  /** onError's calls (normalized) or the console.error lines (stack frames cut). */
  readonly logs: readonly string[];
  /** The context each handler saw. */
  readonly contexts: readonly ContextSeen[];
  /** Whether the token lookup ran (its arguments are checked then). */
  readonly lookup?: boolean;
}

interface Case {
  readonly name: string;
  readonly sent: Sent;
  readonly setup?: Setup;
  readonly expected: Expected;
}

/** The answer of one case on one transport. */
interface Result {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | null>;
  readonly calls: string[];
  readonly logs: string[];
  readonly contexts: ContextSeen[];
  /** Per platform: the shape of `context.args` and of the lookup's arguments after the portal. */
  readonly args: string[][];
  /** Per platform: `context.request`'s body as the handler could read it (`null`: read already). */
  readonly bodies: (string | null)[];
}

const NO_HEADERS = { 'content-type': null, allow: null };
const JSON_HEADERS = { 'content-type': JSON_TYPE, allow: null };
const OK = { status: 200, body: '', headers: NO_HEADERS } as const;
const AT_BOT = { method: 'POST', path: '/bot', contentType: FORM_TYPE } as const;
const fail = (status: number, code: string) =>
  ({ status, body: `{"error":"${code}"}`, headers: JSON_HEADERS }) as const;

const FORGED_LINE =
  'auth[application_token]: the application token does not match any expected token';

const CASES: readonly Case[] = [
  {
    name: 'a command (form) goes to its handler, with the query in context.request',
    sent: { path: '/bot?portal=1' },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo test'],
      logs: [],
      contexts: [{ ...AT_BOT, path: '/bot?portal=1' }],
    },
  },
  {
    name: 'a command (JSON) goes to its handler',
    sent: { type: JSON_TYPE, body: JSON_BODY },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo test'],
      logs: [],
      contexts: [{ ...AT_BOT, contentType: JSON_TYPE }],
    },
  },
  {
    name: 'a form content type with a charset',
    sent: { type: `${FORM_TYPE}; charset=UTF-8` },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo test'],
      logs: [],
      contexts: [{ ...AT_BOT, contentType: `${FORM_TYPE}; charset=UTF-8` }],
    },
  },
  {
    name: 'a JSON content type in capitals with a charset',
    sent: { type: 'Application/JSON; charset=utf-8', body: JSON_BODY },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo test'],
      logs: [],
      contexts: [{ ...AT_BOT, contentType: 'Application/JSON; charset=utf-8' }],
    },
  },
  {
    name: 'a message goes to its handler, whose own Response (JSON) is the answer',
    sent: { body: MESSAGE },
    expected: {
      status: 200,
      body: '{"replyTo":"chat3100"}',
      headers: JSON_HEADERS,
      calls: ['ONIMBOTMESSAGEADD chat3100'],
      logs: [],
      contexts: [AT_BOT],
    },
  },
  {
    name: "a handler's own Response: status, status text, headers, two cookies, body",
    sent: { body: withParams('own') },
    expected: {
      status: 202,
      body: 'made by the handler',
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        allow: null,
        'x-bot': 'yes',
        'set-cookie': 'a=1; Path=/ | b=2; Path=/',
        'status-text': 'Taken Later',
      },
      calls: ['ONIMCOMMANDADD echo own'],
      logs: [],
      contexts: [AT_BOT],
    },
  },
  {
    name: 'an event without a handler of its own goes to the fallback',
    sent: { body: JOIN },
    expected: { ...OK, calls: ['fallback ONIMBOTJOINCHAT'], logs: [], contexts: [AT_BOT] },
  },
  {
    name: 'an unknown event goes to the fallback',
    sent: { body: UNKNOWN },
    expected: { ...OK, calls: ['fallback ONCRMDEALADD'], logs: [], contexts: [AT_BOT] },
  },
  {
    name: "an unknown event under unknownEvents: 'reject' is 400",
    sent: { body: UNKNOWN },
    setup: { unknownEvents: 'reject' },
    expected: {
      ...fail(400, 'unknown_event'),
      calls: [],
      logs: [
        'onError(400 unknown_event) EventParseError: event: expected a chat-bot event this library knows, found the event ONCRMDEALADD',
      ],
      contexts: [],
    },
  },
  {
    name: 'an endpoint without handlers answers 200',
    sent: {},
    setup: { handlers: 'none' },
    expected: { ...OK, calls: [], logs: [], contexts: [] },
  },
  {
    name: 'a GET is 405 with allow: POST',
    sent: { method: 'GET' },
    expected: {
      ...fail(405, 'method_not_allowed'),
      headers: { ...JSON_HEADERS, allow: 'POST' },
      calls: [],
      logs: ['onError(405 method_not_allowed) undefined'],
      contexts: [],
    },
  },
  {
    name: 'a PUT with a body is 405, logged by default',
    sent: { method: 'PUT' },
    setup: { log: 'console' },
    expected: {
      ...fail(405, 'method_not_allowed'),
      headers: { ...JSON_HEADERS, allow: 'POST' },
      calls: [],
      logs: ['[bitrix24-imbot-events] 405 method_not_allowed: only POST is answered'],
      contexts: [],
    },
  },
  {
    name: 'another content type is 415',
    sent: { type: 'text/plain' },
    expected: {
      ...fail(415, 'unsupported_content_type'),
      calls: [],
      logs: [
        'onError(415 unsupported_content_type) EventParseError: expected application/x-www-form-urlencoded or application/json, found content type text/plain',
      ],
      contexts: [],
    },
  },
  {
    name: 'no content type is 415',
    sent: { type: null, body: new TextEncoder().encode(FORM) },
    expected: {
      ...fail(415, 'unsupported_content_type'),
      calls: [],
      logs: [
        'onError(415 unsupported_content_type) EventParseError: expected application/x-www-form-urlencoded or application/json, found no content type',
      ],
      contexts: [],
    },
  },
  {
    name: 'a body over maxBytes by its content-length is 413',
    sent: { body: `${FORM}&pad=${'a'.repeat(2000)}` },
    setup: { limits: { maxBytes: 1000 }, log: 'console' },
    expected: {
      ...fail(413, 'body_too_large'),
      calls: [],
      logs: [
        `[bitrix24-imbot-events] 413 body_too_large: the body has at least ${FORM.length + 2005} bytes, more than the limit of 1000 (limits.maxBytes)`,
      ],
      contexts: [],
    },
  },
  {
    name: 'a streamed body (no content-length) is cut off at maxBytes with 413',
    sent: { stream: { first: 1000, second: 1 } },
    setup: { limits: { maxBytes: 1000 } },
    expected: {
      ...fail(413, 'body_too_large'),
      calls: [],
      logs: [
        'onError(413 body_too_large) EventParseError: the body has at least 1001 bytes, more than the limit of 1000 (limits.maxBytes)',
      ],
      contexts: [],
    },
  },
  {
    name: 'a body of exactly maxBytes is read',
    sent: {},
    setup: { limits: { maxBytes: FORM.length } },
    expected: { ...OK, calls: ['ONIMCOMMANDADD echo test'], logs: [], contexts: [AT_BOT] },
  },
  {
    name: 'a form past maxParams is 400, before the token is checked',
    sent: { body: WRONG_TOKEN_FORM },
    setup: { limits: { maxParams: 10 } },
    expected: {
      ...fail(400, 'too_many_params'),
      calls: [],
      logs: [
        'onError(400 too_many_params) EventParseError: the body has more than 10 parameters (limits.maxParams)',
      ],
      contexts: [],
    },
  },
  {
    name: 'a JSON body that cannot be decoded is 400',
    sent: { type: JSON_TYPE, body: '{"event":' },
    setup: { log: 'console' },
    expected: {
      ...fail(400, 'malformed_body'),
      calls: [],
      logs: [
        '[bitrix24-imbot-events] 400 malformed_body: the body starts with "{" but is not valid JSON',
      ],
      contexts: [],
    },
  },
  {
    name: 'a JSON body that is not UTF-8 is 400',
    sent: { type: JSON_TYPE, body: NOT_UTF8 },
    expected: {
      ...fail(400, 'malformed_body'),
      calls: [],
      logs: ['onError(400 malformed_body) EventParseError: the JSON body is not valid UTF-8'],
      contexts: [],
    },
  },
  {
    name: 'an empty form body is 400 malformed_body',
    sent: { body: '' },
    setup: { log: 'console' },
    expected: {
      ...fail(400, 'malformed_body'),
      calls: [],
      logs: ['[bitrix24-imbot-events] 400 malformed_body: the request body is empty'],
      contexts: [],
    },
  },
  {
    name: 'an empty JSON body is 400 malformed_body',
    sent: { type: JSON_TYPE, body: '' },
    expected: {
      ...fail(400, 'malformed_body'),
      calls: [],
      logs: ['onError(400 malformed_body) EventParseError: the request body is empty'],
      contexts: [],
    },
  },
  {
    name: 'a forged token is 401',
    sent: { body: WRONG_TOKEN_FORM },
    setup: { log: 'console' },
    expected: {
      ...fail(401, 'token_mismatch'),
      calls: [],
      logs: [`[bitrix24-imbot-events] 401 token_mismatch: ${FORGED_LINE}`],
      contexts: [],
    },
  },
  {
    name: 'a forged and invalid body is 401: the token is checked first',
    sent: { body: FORGED_INVALID },
    expected: {
      ...fail(401, 'token_mismatch'),
      calls: [],
      logs: [`onError(401 token_mismatch) EventParseError: ${FORGED_LINE}`],
      contexts: [],
    },
  },
  {
    name: 'a broken body without its token is 401',
    sent: { body: HALF_FORM },
    expected: {
      ...fail(401, 'token_mismatch'),
      calls: [],
      logs: [
        'onError(401 token_mismatch) EventParseError: auth[application_token]: the body carries no application token',
      ],
      contexts: [],
    },
  },
  {
    name: 'a valid token on an invalid payload is 400, with the issues',
    sent: { body: INVALID },
    setup: { log: 'console' },
    expected: {
      ...fail(400, 'invalid_payload'),
      calls: [],
      logs: [
        '[bitrix24-imbot-events] 400 invalid_payload: ts: expected a unix time (seconds as decimal digits), found a string of 9 characters that is not a number',
      ],
      contexts: [],
    },
  },
  {
    name: 'an async lookup that knows the portal',
    sent: { type: JSON_TYPE, body: JSON_BODY },
    setup: { token: 'lookup' },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo test'],
      logs: [],
      contexts: [{ ...AT_BOT, contentType: JSON_TYPE }],
      lookup: true,
    },
  },
  {
    name: 'an async lookup that does not know the portal is 401',
    sent: { body: UNKNOWN_PORTAL },
    setup: { token: 'lookup', log: 'console' },
    expected: {
      ...fail(401, 'token_mismatch'),
      calls: [],
      logs: [
        '[bitrix24-imbot-events] 401 token_mismatch: auth[member_id]: the portal is not known (no application token is stored for it)',
      ],
      contexts: [],
      lookup: true,
    },
  },
  {
    name: 'a lookup that throws is 500',
    sent: {},
    setup: { token: 'lookup throws', log: 'console' },
    expected: {
      ...fail(500, 'lookup_failed'),
      calls: [],
      logs: [
        '[bitrix24-imbot-events] 500 lookup_failed: the applicationToken lookup failed: Error: no database\n    at …',
      ],
      contexts: [],
      lookup: true,
    },
  },
  {
    name: 'a handler that throws is 500, told to onError',
    sent: { body: withParams('boom') },
    expected: {
      ...fail(500, 'handler_failed'),
      calls: ['ONIMCOMMANDADD echo boom'],
      logs: ['onError(500 handler_failed ONIMCOMMANDADD) Error: the database is down'],
      contexts: [AT_BOT],
    },
  },
  {
    name: 'a handler that throws is 500, logged by default with its stack',
    sent: { body: withParams('boom') },
    setup: { log: 'console' },
    expected: {
      ...fail(500, 'handler_failed'),
      calls: ['ONIMCOMMANDADD echo boom'],
      logs: [
        '[bitrix24-imbot-events] 500 handler_failed (ONIMCOMMANDADD): the handler threw: Error: the database is down\n    at …',
      ],
      contexts: [AT_BOT],
    },
  },
  {
    name: 'work handed to waitUntil runs after the answer',
    sent: { body: withParams('later') },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo later', 'work after the answer'],
      logs: [],
      contexts: [AT_BOT],
    },
  },
  {
    name: 'work handed to waitUntil that fails is logged as work_failed',
    sent: { body: withParams('fails-later') },
    setup: { log: 'console' },
    expected: {
      ...OK,
      calls: ['ONIMCOMMANDADD echo fails-later', 'work after the answer'],
      logs: [
        '[bitrix24-imbot-events] 200 work_failed (ONIMCOMMANDADD): work handed to waitUntil failed after the answer: Error: REST call failed\n    at …',
      ],
      contexts: [AT_BOT],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The endpoint of a case, recording what its handlers, lookup and onError saw.

const ENV = { name: 'env' };

function shapeOf(args: readonly unknown[]): string[] {
  return args.map((arg) =>
    arg instanceof IncomingMessage
      ? 'IncomingMessage'
      : arg instanceof ServerResponse
        ? 'ServerResponse'
        : arg === ENV
          ? 'env'
          : typeof arg,
  );
}

function describeError(error: unknown): string {
  if (error instanceof EventParseError) {
    const issues = error.issues.map((issue) =>
      issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`,
    );
    return `EventParseError: ${issues.join('; ')}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function describeInfo(info: BotEventHandlerErrorInfo): string {
  return `${info.status} ${info.code}${info.event === undefined ? '' : ` ${info.event}`}`;
}

/** A stack's frames say where the code ran, which differs by transport: kept as one mark. */
function withoutStack(line: string): string {
  return line.replace(/(\n\s+at [^\n]*)+/, '\n    at …');
}

class Recorder {
  readonly calls: string[] = [];
  readonly logs: string[] = [];
  readonly contexts: ContextSeen[] = [];
  readonly args: string[][] = [];
  readonly bodies: (string | null)[] = [];
  /** Set by the Fetch transport once the endpoint handed its Response back. */
  returned = false;
  private work: Promise<void> | undefined;

  async saw(call: string, context: BotEventContext): Promise<void> {
    this.calls.push(call);
    this.args.push(shapeOf(context.args));
    const { request } = context;
    const url = new URL(request.url);
    this.contexts.push({
      method: request.method,
      path: `${url.pathname}${url.search}`,
      contentType: request.headers.get('content-type'),
    });
    this.bodies.push(request.bodyUsed ? null : await request.text());
  }

  /** Work for waitUntil: notes whether the answer was out when it ran. */
  defer(context: BotEventContext, fails: boolean): () => void {
    let done: () => void = () => {};
    this.work = new Promise((resolve) => {
      done = resolve;
    });
    return () => {
      const response = context.args[1];
      const answered = response instanceof ServerResponse ? response.writableEnded : this.returned;
      this.calls.push(`work ${answered ? 'after' : 'before'} the answer`);
      done();
      if (fails) throw new Error('REST call failed');
    };
  }

  /** Waits for deferred work and what it reports. */
  async settled(): Promise<void> {
    if (this.work === undefined) return;
    await this.work;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function endpointOf(setup: Setup, recorder: Recorder): BotEventEndpoint {
  const handlers: BotEventHandlers =
    setup.handlers === 'none'
      ? {}
      : {
          ONIMCOMMANDADD: async (event, context) => {
            const { command, params } = event.commands[0];
            await recorder.saw(`ONIMCOMMANDADD ${command} ${params}`, context);
            if (params === 'boom') throw new Error('the database is down');
            if (params === 'later' || params === 'fails-later') {
              context.waitUntil(recorder.defer(context, params === 'fails-later'));
            }
            if (params !== 'own') return undefined;
            return new Response('made by the handler', {
              status: 202,
              statusText: 'Taken Later',
              headers: [
                ['content-type', 'text/plain; charset=utf-8'],
                ['x-bot', 'yes'],
                ['set-cookie', 'a=1; Path=/'],
                ['set-cookie', 'b=2; Path=/'],
              ],
            });
          },
          ONIMBOTMESSAGEADD: async (event, context) => {
            await recorder.saw(`ONIMBOTMESSAGEADD ${event.chat.dialogId}`, context);
            return Response.json({ replyTo: event.chat.dialogId });
          },
          fallback: async (event, context) => {
            await recorder.saw(`fallback ${event.event}`, context);
          },
        };
  const tokens = new Map([[COMMAND_PORTAL, TOKEN]]);
  const options: BotEventHandlerOptions = {
    applicationToken:
      setup.token === 'lookup'
        ? async (portal, ...args) => {
            recorder.args.push(shapeOf(args));
            return tokens.get(portal.memberId);
          }
        : setup.token === 'lookup throws'
          ? (_portal, ...args) => {
              recorder.args.push(shapeOf(args));
              throw new Error('no database');
            }
          : [TOKEN, MESSAGE_TOKEN],
    limits: setup.limits,
    unknownEvents: setup.unknownEvents,
    onError:
      setup.log === 'console'
        ? undefined
        : (error, info) => {
            recorder.logs.push(`onError(${describeInfo(info)}) ${describeError(error)}`);
          },
  };
  return createBotEventHandler(handlers, options);
}

// ---------------------------------------------------------------------------------------------
// The three transports.

interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: string;
}

async function answerOf(response: Response): Promise<Answer> {
  const { status, statusText, headers } = response;
  return { status, statusText, headers, body: await response.text() };
}

const bytesOf = (body: string | Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body;

/** The case's headers; the body's length is declared as it is on the wire. */
function headersOf(sent: Sent, declare: boolean): Headers {
  const headers = new Headers();
  const type = sent.type === undefined ? FORM_TYPE : sent.type;
  if (type !== null) headers.set('content-type', type);
  if (declare && sent.stream === undefined && hasBody(sent)) {
    headers.set('content-length', String(bytesOf(sent.body ?? FORM).byteLength));
  }
  return headers;
}

const methodOf = (sent: Sent) => sent.method ?? 'POST';
const hasBody = (sent: Sent) => methodOf(sent) !== 'GET';
/** The body as bytes: a string with no content type would get `text/plain` from Fetch. */
const bodyOf = (sent: Sent) => (hasBody(sent) ? bytesOf(sent.body ?? FORM) : null);

/** Two chunks, then more without end (the Fetch side), or held open (the wire). */
function endless(stream: { first: number; second: number }): ReadableStream<Uint8Array> {
  let step = 0;
  return new ReadableStream({
    pull(controller) {
      const size = step === 0 ? stream.first : step === 1 ? stream.second : 512;
      step++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
}

/** Sends a streamed case over node:http: chunked, never ended; the answer comes first. */
function sendChunked(url: string, sent: Sent): Promise<Answer> {
  const stream = sent.stream as { first: number; second: number };
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    headersOf(sent, false).forEach((value, name) => {
      headers[name] = value;
    });
    const request = httpRequest(url, { method: methodOf(sent), headers });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of [value ?? []].flat()) answerHeaders.append(name, one);
        }
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers: answerHeaders,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        request.destroy();
      });
    });
    request.write(new Uint8Array(stream.first).fill(0x61));
    setTimeout(() => request.write(new Uint8Array(stream.second).fill(0x61)), 20);
  });
}

interface Transport {
  readonly name: string;
  /** What handlers get as `context.args` here. */
  readonly args: readonly string[];
  /** Whether `context.request`'s body can still be read by a handler here. */
  readonly readable: boolean;
  send(sent: Sent, endpoint: BotEventEndpoint, recorder: Recorder): Promise<Answer>;
}

/** The node:http servers: each serves the middleware of the case being run. */
let current: NodeMiddleware = async (_request, response) => {
  response.statusCode = 503;
  response.end();
};
const plain = createServer((request, response) => void current(request, response));
const app = express();
app.all('/bot', (request, response, next) => void current(request, response, next));
const withExpress = createServer(app);
const urls = new Map<Server, string>();

beforeAll(async () => {
  urls.set(plain, new URL(await listen(plain)).origin);
  urls.set(withExpress, new URL(await listen(withExpress)).origin);
});
afterAll(async () => {
  await close(plain);
  await close(withExpress);
});

function overHttp(name: string, server: Server): Transport {
  return {
    name,
    args: ['IncomingMessage', 'ServerResponse'],
    readable: true,
    async send(sent, endpoint) {
      current = createNodeMiddleware(endpoint);
      const url = `${urls.get(server)}${sent.path ?? '/bot'}`;
      if (sent.stream !== undefined) return sendChunked(url, sent);
      return answerOf(
        await fetch(url, {
          method: methodOf(sent),
          headers: headersOf(sent, false),
          body: bodyOf(sent),
        }),
      );
    },
  };
}

const TRANSPORTS: readonly Transport[] = [
  {
    name: 'the Fetch endpoint',
    args: ['env'],
    // The endpoint reads the body of the Request it was given (documented).
    readable: false,
    async send(sent, endpoint, recorder) {
      const url = `http://127.0.0.1${sent.path ?? '/bot'}`;
      const init: RequestInit & { duplex?: 'half' } =
        sent.stream === undefined
          ? { method: methodOf(sent), headers: headersOf(sent, true), body: bodyOf(sent) }
          : {
              method: methodOf(sent),
              headers: headersOf(sent, false),
              body: endless(sent.stream),
              duplex: 'half',
            };
      const response = await endpoint(new Request(url, init), ENV);
      recorder.returned = true;
      return answerOf(response);
    },
  },
  overHttp('createNodeMiddleware on node:http', plain),
  overHttp('createNodeMiddleware in Express 5', withExpress),
];

async function run(test: Case, transport: Transport): Promise<Result> {
  const recorder = new Recorder();
  const endpoint = endpointOf(test.setup ?? {}, recorder);
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    recorder.logs.push(withoutStack(args.map(String).join(' ')));
  });
  try {
    const answer = await transport.send(test.sent, endpoint, recorder);
    await recorder.settled();
    const headers: Record<string, string | null> = {};
    for (const name of Object.keys(test.expected.headers)) {
      headers[name] =
        name === 'status-text'
          ? answer.statusText
          : name === 'set-cookie'
            ? answer.headers.getSetCookie().join(' | ') || null
            : answer.headers.get(name);
    }
    return {
      status: answer.status,
      body: answer.body,
      headers,
      calls: recorder.calls,
      logs: recorder.logs,
      contexts: recorder.contexts,
      args: recorder.args,
      bodies: recorder.bodies,
    };
  } finally {
    spy.mockRestore();
  }
}

// ---------------------------------------------------------------------------------------------

/** The part of a result every transport must give alike. */
function common(result: Result) {
  const { status, body, headers, calls, logs, contexts } = result;
  return { status, body, headers, calls, logs, contexts };
}

const fragmentOf = (body: string | Uint8Array | undefined) =>
  typeof body === 'string' && body.length > 300 ? body.slice(200, 260) : undefined;

describe.each(CASES.map((test) => [test.name, test] as const))('%s', (_name, test) => {
  const results = new Map<string, Result>();
  const { lookup, ...expected } = test.expected;

  it.each(TRANSPORTS.map((transport) => [transport.name, transport] as const))(
    'through %s',
    async (_transportName, transport) => {
      const result = await run(test, transport);
      results.set(transport.name, result);
      expect(common(result)).toEqual(expected);
      // What differs by platform, as documented: what the handlers and the lookup get after the
      // request (the Fetch endpoint's arguments; node:http's request and response), and whether
      // context.request's body can still be read (the Fetch endpoint read the Request it got).
      const argCount = expected.contexts.length + (lookup === true ? 1 : 0);
      expect(result.args).toEqual(Array.from({ length: argCount }, () => transport.args));
      const body = test.sent.body ?? FORM;
      expect(result.bodies).toEqual(
        expected.contexts.map(() => (transport.readable && typeof body === 'string' ? body : null)),
      );
      // No token and nothing of the body in a log line or in the answer.
      const told = [...result.logs, result.body].join('\n');
      for (const secret of ALL_SECRETS) expect(told).not.toContain(secret);
      expect(told).not.toContain('%5B');
      const fragment = fragmentOf(body);
      if (fragment !== undefined) expect(told).not.toContain(fragment);
    },
  );

  it('gives the same answer on every transport', async () => {
    // Each transport's result, or a run of its own when this test runs alone (one at a time: the
    // servers serve one case's endpoint).
    const all: Result[] = [];
    for (const transport of TRANSPORTS) {
      all.push(results.get(transport.name) ?? (await run(test, transport)));
    }
    const [first, ...others] = all.map(common);
    for (const other of others) expect(other).toEqual(first);
  });
});
