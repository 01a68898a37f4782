import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BotEventContext, createBotEventHandler } from '../../src/index.js';
import { createNodeMiddleware } from '../../src/node.js';
import { close, listen } from '../recipes/support.js';
import { fixtureText } from '../support/php.js';

// createNodeMiddleware's own path for createBotEventHandler endpoints: no Fetch Request unless a
// handler reads context.request, the node:http request and response as context.args, deferred
// work after the answer is sent.

const TOKEN = '8e3ab48a764a9b02700e759d59e91125';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const command = fixtureText('onimcommandadd/en-group.form.txt');

const seen: { context: BotEventContext; finishedAtWork?: boolean; body?: string }[] = [];
let workDone: () => void = () => {};

const endpoint = createBotEventHandler(
  {
    ONIMCOMMANDADD: async (_event, context) => {
      const entry: (typeof seen)[number] = { context };
      seen.push(entry);
      const response = context.args[1] as ServerResponse;
      context.waitUntil(() => {
        entry.finishedAtWork = response.writableFinished;
        workDone();
      });
      entry.body = await context.request.text();
      return new Response('made by the handler', {
        status: 202,
        headers: { 'x-bot': 'yes', 'content-type': 'text/plain' },
      });
    },
  },
  { applicationToken: TOKEN, onError: false },
);
const server = createServer(createNodeMiddleware(endpoint));
let url = '';
beforeAll(async () => {
  url = await listen(server);
});
afterAll(() => close(server));

describe('createNodeMiddleware serving a createBotEventHandler endpoint', () => {
  it('gives handlers node:http request and response, a Request on demand, and its own Response', async () => {
    seen.length = 0;
    const done = new Promise<void>((resolve) => {
      workDone = resolve;
    });
    const response = await fetch(`${url}?portal=1`, {
      method: 'POST',
      body: command,
      headers: { 'content-type': FORM_TYPE, 'x-forwarded-for': '10.0.0.1' },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-bot')).toBe('yes');
    expect(await response.text()).toBe('made by the handler');
    await done;
    const [entry] = seen;
    if (entry === undefined) throw new Error('the handler was not called');
    const [request, reply] = entry.context.args as [IncomingMessage, ServerResponse];
    expect(request.url).toBe('/bot?portal=1');
    expect(request.headers['x-forwarded-for']).toBe('10.0.0.1');
    expect(reply.constructor.name).toBe('ServerResponse');
    // The Request is made from the node request and the body as read.
    const made = entry.context.request;
    expect(made.method).toBe('POST');
    expect(new URL(made.url).pathname).toBe('/bot');
    expect(made.headers.get('content-type')).toBe(FORM_TYPE);
    expect(entry.body).toBe(command);
    // The deferred work ran once the answer was sent.
    expect(entry.finishedAtWork).toBe(true);
  });

  it('writes the default line for a failure on this path too', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    const loud = createServer(
      createNodeMiddleware(createBotEventHandler({}, { applicationToken: TOKEN })),
    );
    const loudUrl = await listen(loud);
    try {
      const forged = await fetch(loudUrl, {
        method: 'POST',
        body: command.replaceAll(TOKEN, 'f'.repeat(32)),
        headers: { 'content-type': FORM_TYPE },
      });
      expect(forged.status).toBe(401);
      expect(await forged.json()).toEqual({ error: 'token_mismatch' });
      const big = await fetch(loudUrl, {
        method: 'POST',
        body: 'a'.repeat(2 * 1024 * 1024),
        headers: { 'content-type': FORM_TYPE },
      });
      expect(big.status).toBe(413);
      expect(big.headers.get('connection')).toBe('close');
      await big.arrayBuffer();
    } finally {
      spy.mockRestore();
      await close(loud);
    }
    expect(lines).toEqual([
      expect.stringMatching(/^\[bitrix24-imbot-events\] 401 token_mismatch: /),
      expect.stringMatching(/^\[bitrix24-imbot-events\] 413 body_too_large: /),
    ]);
  });
});
