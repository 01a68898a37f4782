import { createServer } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type BotEvent,
  type BotEventHandlerErrorInfo,
  createBotEventHandler,
  EventParseError,
} from '../../src/index.js';
import { createNodeMiddleware } from '../../src/node.js';
import { close, listen } from '../recipes/support.js';
import { fixtureText } from '../support/php.js';

const TOKEN = '8e3ab48a764a9b02700e759d59e91125';
const FORGED = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const command = fixtureText('onimcommandadd/en-group.form.txt');
const commandJson = fixtureText('onimcommandadd/en-group.json');
const message = fixtureText('v1/ONIMBOTMESSAGEADD-group.form.txt');
const messageToken = /auth%5Bapplication_token%5D=([0-9a-f]+)/.exec(message)?.[1] ?? '';
const install = fixtureText('app/ONAPPINSTALL-documented.form.txt');

function post(body: string, type = FORM_TYPE, url = 'http://127.0.0.1/bot'): Request {
  return new Request(url, { method: 'POST', body, headers: { 'content-type': type } });
}

/** A handler over the documented command and a v1 message, recording what it was called with. */
function setup(extra: Partial<Parameters<typeof createBotEventHandler>[1]> = {}) {
  const seen: string[] = [];
  const errors: [unknown, BotEventHandlerErrorInfo][] = [];
  const handler = createBotEventHandler(
    {
      ONIMCOMMANDADD: (event) => {
        seen.push(`command ${event.commands[0].command}`);
      },
      ONIMBOTMESSAGEADD: (event) => {
        seen.push(`message ${event.message.text}`);
        if (event.message.text === 'boom') throw new Error(`failed for ${TOKEN}`);
        return Response.json({ replyTo: event.chat.dialogId });
      },
      fallback: (event: BotEvent) => {
        seen.push(`fallback ${event.event}`);
      },
    },
    {
      applicationToken: [TOKEN, messageToken],
      onError: (error, info) => errors.push([error, info]),
      ...extra,
    },
  );
  return { handler, seen, errors };
}

async function statusOf(response: Response): Promise<[number, string]> {
  return [response.status, await response.text()];
}

describe('createBotEventHandler as a Fetch handler', () => {
  it('hands each event to its own typed handler, and answers 200', async () => {
    const { handler, seen } = setup();
    expect(await statusOf(await handler(post(command)))).toEqual([200, '']);
    expect(await statusOf(await handler(post(commandJson, 'application/json')))).toEqual([200, '']);
    const answer = await handler(post(message));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ replyTo: 'chat3100' });
    expect(seen).toEqual(['command echo', 'command echo', expect.stringMatching(/^message /)]);
  });

  it('hands events without a handler, unknown ones too, to the fallback', async () => {
    const { handler, seen } = setup({ applicationToken: () => undefined });
    expect((await handler(post(install))).status).toBe(200);
    const unknown = command.replace('event=ONIMCOMMANDADD', 'event=ONCRMDEALADD');
    const { handler: open, seen: openSeen } = setup();
    expect((await open(post(unknown))).status).toBe(200);
    expect(seen).toEqual(['fallback ONAPPINSTALL']);
    expect(openSeen).toEqual(['fallback ONCRMDEALADD']);
  });

  it('answers 200 and skips an event with no handler and no fallback', async () => {
    const handler = createBotEventHandler({}, { applicationToken: TOKEN });
    expect(await statusOf(await handler(post(command)))).toEqual([200, '']);
  });

  it("answers 400 to unknown events under unknownEvents: 'reject'", async () => {
    const { handler, seen } = setup({ unknownEvents: 'reject' });
    const unknown = command.replace('event=ONIMCOMMANDADD', 'event=ONCRMDEALADD');
    expect(await statusOf(await handler(post(unknown)))).toEqual([
      400,
      '{"error":"unknown_event"}',
    ]);
    expect(seen).toEqual([]);
  });

  it('answers 405 to a non-POST, 415 to another content type', async () => {
    const { handler, seen } = setup();
    const get = await handler(new Request('http://127.0.0.1/bot'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await handler(post(command, 'text/plain'))).status).toBe(415);
    expect(seen).toEqual([]);
  });

  it('answers 413 past maxBytes, cutting the stream off', async () => {
    const { handler, errors } = setup({ limits: { maxBytes: 1000 } });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512).fill(0x61));
      },
    });
    const request = new Request('http://127.0.0.1/bot', {
      method: 'POST',
      body: endless,
      headers: { 'content-type': FORM_TYPE },
      duplex: 'half',
    } as RequestInit);
    expect(await statusOf(await handler(request))).toEqual([413, '{"error":"body_too_large"}']);
    expect(pulled).toBeLessThan(10);
    expect(errors[0]?.[1]).toEqual({ status: 413, code: 'body_too_large' });
  });

  it('answers 400 to a body that cannot be decoded', async () => {
    const { handler, seen } = setup();
    expect(await statusOf(await handler(post('{"event":', 'application/json')))).toEqual([
      400,
      '{"error":"malformed_body"}',
    ]);
    expect(seen).toEqual([]);
  });

  it('answers 401 to a forged body, before validation: forged and invalid is 401 too', async () => {
    const { handler, seen, errors } = setup();
    const forged = command.replaceAll(TOKEN, FORGED);
    expect(await statusOf(await handler(post(forged)))).toEqual([
      401,
      '{"error":"token_mismatch"}',
    ]);
    const forgedAndInvalid = forged.replace(/(^|&)ts=\d+/, '$1ts=yesterday');
    expect((await handler(post(forgedAndInvalid))).status).toBe(401);
    // The same invalid body with the right token is a 400.
    const invalid = command.replace(/(^|&)ts=\d+/, '$1ts=yesterday');
    expect(await statusOf(await handler(post(invalid)))).toEqual([
      400,
      '{"error":"invalid_payload"}',
    ]);
    expect(seen).toEqual([]);
    expect(errors.map(([, info]) => info.status)).toEqual([401, 401, 400]);
  });

  it('verifies each portal against its own token with an async lookup', async () => {
    const tokens = new Map([['d897063e1ce7c5eb9f04b9751eef5915', TOKEN]]);
    const { handler } = setup({ applicationToken: async (portal) => tokens.get(portal.memberId) });
    expect((await handler(post(command))).status).toBe(200);
    // The v1 message comes from another portal, which the lookup does not know.
    expect((await handler(post(message))).status).toBe(401);
  });

  it('answers 500 when a handler throws or the lookup fails, with no token in the answer', async () => {
    const { handler, errors } = setup();
    const boom = message.replace(
      /(^|&)data%5BPARAMS%5D%5BMESSAGE%5D=[^&]*/,
      '$1data%5BPARAMS%5D%5BMESSAGE%5D=boom',
    );
    const answer = await statusOf(await handler(post(boom)));
    expect(answer).toEqual([500, '{"error":"handler_failed"}']);
    expect(errors[0]?.[1]).toEqual({
      status: 500,
      code: 'handler_failed',
      event: 'ONIMBOTMESSAGEADD',
    });
    const failing = setup({ applicationToken: () => Promise.reject(new Error('db down')) });
    expect(await statusOf(await failing.handler(post(command)))).toEqual([
      500,
      '{"error":"lookup_failed"}',
    ]);
  });

  it('never puts a token or the body in an answer or in what onError gets of the library', async () => {
    const { handler, errors } = setup();
    const bodies = [
      command.replaceAll(TOKEN, FORGED),
      command.slice(0, 200),
      command.replace(/(^|&)ts=\d+/, '$1ts=x'),
    ];
    for (const body of bodies) {
      const text = await (await handler(post(body))).text();
      for (const secret of [TOKEN, FORGED]) expect(text).not.toContain(secret);
    }
    for (const [error] of errors) {
      expect(error).toBeInstanceOf(EventParseError);
      const json = JSON.stringify(error);
      for (const secret of [TOKEN, FORGED]) expect(json).not.toContain(secret);
    }
  });

  it('refuses options without applicationToken at once', () => {
    expect(() => createBotEventHandler({}, {} as never)).toThrow(/applicationToken/);
    expect(() => createBotEventHandler({}, { applicationToken: 7 as never })).toThrow(TypeError);
    expect(() =>
      createBotEventHandler({}, { applicationToken: TOKEN, limits: { maxBytes: -1 } }),
    ).toThrow(TypeError);
    // false turns verification off, explicitly.
    expect(() => createBotEventHandler({}, { applicationToken: false })).not.toThrow();
  });
});

describe('createNodeMiddleware over 127.0.0.1', () => {
  const onMessage = vi.fn();
  const handler = createBotEventHandler(
    { ONIMCOMMANDADD: (event) => onMessage(event.commands[0].id) },
    { applicationToken: TOKEN, limits: { maxBytes: 64 * 1024 } },
  );
  const plain = createServer(createNodeMiddleware(handler));
  const app = express();
  app.post('/bot', createNodeMiddleware(handler));
  app.post('/parsed', express.urlencoded({ extended: true }), createNodeMiddleware(handler));
  app.post('/text', express.text({ type: FORM_TYPE }), createNodeMiddleware(handler));
  const withExpress = createServer(app);
  let plainUrl = '';
  let expressUrl = '';
  beforeAll(async () => {
    plainUrl = await listen(plain);
    expressUrl = await listen(withExpress);
  });
  afterAll(async () => {
    await close(plain);
    await close(withExpress);
  });

  const send = (url: string, body: string, type = FORM_TYPE, method = 'POST') =>
    fetch(url, { method, body: method === 'GET' ? null : body, headers: { 'content-type': type } });

  it('answers every status on node:http', async () => {
    expect((await send(plainUrl, command)).status).toBe(200);
    expect((await send(plainUrl, commandJson, 'application/json')).status).toBe(200);
    expect((await send(plainUrl, '', FORM_TYPE, 'GET')).status).toBe(405);
    expect((await send(plainUrl, command, 'text/plain')).status).toBe(415);
    expect((await send(plainUrl, 'a'.repeat(70 * 1024))).status).toBe(413);
    expect((await send(plainUrl, '{"event":', 'application/json')).status).toBe(400);
    const forged = await send(plainUrl, command.replaceAll(TOKEN, FORGED));
    expect(forged.status).toBe(401);
    expect(await forged.text()).toBe('{"error":"token_mismatch"}');
    expect(onMessage).toHaveBeenCalledWith(99);
  });

  it('works as Express middleware, before or after a body parser', async () => {
    onMessage.mockClear();
    for (const path of ['/bot', '/parsed', '/text']) {
      const response = await send(new URL(path, expressUrl).href, command);
      expect(response.status).toBe(200);
    }
    // qs turned data[COMMAND][99] into a list; the library recovers the id.
    expect(onMessage.mock.calls).toEqual([[99], [99], [99]]);
    expect(
      (await send(new URL('/parsed', expressUrl).href, command.replaceAll(TOKEN, FORGED))).status,
    ).toBe(401);
  });
});
