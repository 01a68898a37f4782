import { createServer, type Server } from 'node:http';
import express from 'express';
import express4 from 'express4';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BotEvent, createBotEventHandler, parseBotEvent } from '../../src/index.js';
import { createNodeMiddleware } from '../../src/node.js';
import { close, listen } from '../recipes/support.js';
import { fixtureText } from '../support/php.js';

// createNodeMiddleware behind every body parser a user may have mounted first, in Express 5 (what
// `npm install express` gives) and Express 4: the same answer and the same typed event as with
// no parser at all. Each request goes over 127.0.0.1.

const FORM_TYPE = 'application/x-www-form-urlencoded';
const command = fixtureText('onimcommandadd/en-group.form.txt');
const commandJson = fixtureText('onimcommandadd/en-group.json');
const message = fixtureText('v1/ONIMBOTMESSAGEADD-group.form.txt');
const tokenOf = (body: string) =>
  /(?:^|&)auth%5Bapplication_token%5D=([0-9a-f]+)/.exec(body)?.[1] ?? '';
const TOKENS = [tokenOf(command), tokenOf(message)];
const FORGED = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';

/** A body parser in front, by name; each Express has its own. */
type Parsers = typeof express;
const PARSERS: Record<string, ((e: Parsers) => express.RequestHandler) | undefined> = {
  'no parser': undefined,
  'express.urlencoded()': (e) => e.urlencoded(),
  'express.urlencoded({ extended: false })': (e) => e.urlencoded({ extended: false }),
  'express.urlencoded({ extended: true })': (e) => e.urlencoded({ extended: true }),
  'express.text()': (e) => e.text(),
  "express.text({ type: '*/*' })": (e) => e.text({ type: '*/*' }),
  'express.raw()': (e) => e.raw(),
  "express.raw({ type: '*/*' })": (e) => e.raw({ type: '*/*' }),
  'express.json()': (e) => e.json(),
};

const seen: BotEvent[] = [];
const endpoint = createBotEventHandler(
  {
    fallback: (event) => {
      seen.push(event);
    },
  },
  { applicationToken: TOKENS, onError: false },
);

/** Any other Fetch handler: served through a Fetch Request made from the node request. */
const bridged = (request: Request) => endpoint(request);

function appOf(e: Parsers, handler: (request: Request) => Promise<Response>): Server {
  const app = e();
  for (const [index, parser] of Object.values(PARSERS).entries()) {
    const path = `/p${index}`;
    if (parser === undefined) app.post(path, createNodeMiddleware(handler));
    else app.post(path, parser(e), createNodeMiddleware(handler));
  }
  return createServer(app);
}

const servers: Record<string, Server> = {
  'Express 5': appOf(express, endpoint),
  // Express 4's types are Express 5's, near enough for mounting parsers.
  'Express 4': appOf(express4, endpoint),
  'Express 5, a plain Fetch handler': appOf(express, bridged),
  'Express 4, a plain Fetch handler': appOf(express4, bridged),
};
const urls: Record<string, string> = {};

beforeAll(async () => {
  vi.spyOn(process, 'emitWarning').mockImplementation(() => {}); // Express 4's deprecations
  for (const [name, server] of Object.entries(servers)) urls[name] = await listen(server);
});
afterAll(async () => {
  for (const server of Object.values(servers)) await close(server);
  vi.restoreAllMocks();
});

const BODIES: [string, string, string][] = [
  ['the documented command (form)', command, FORM_TYPE],
  ['the documented command (JSON)', commandJson, 'application/json'],
  ['a v1 group message (form)', message, FORM_TYPE],
];

for (const framework of Object.keys(servers)) {
  describe(`createNodeMiddleware behind ${framework}'s body parsers`, () => {
    for (const [index, parser] of Object.keys(PARSERS).entries()) {
      it(`${parser}: 200 and the same event as parseBotEvent gives; a forged token 401`, async () => {
        const url = new URL(`/p${index}`, urls[framework]).href;
        for (const [, body, type] of BODIES) {
          seen.length = 0;
          const response = await fetch(url, {
            method: 'POST',
            body,
            headers: { 'content-type': type },
          });
          expect(response.status).toBe(200);
          await response.arrayBuffer();
          expect(seen).toHaveLength(1);
          const expected = parseBotEvent(body) as { raw: unknown };
          const { raw, ...event } = seen[0] as unknown as { raw: unknown };
          const { raw: expectedRaw, ...expectedEvent } = expected;
          expect(event).toEqual(expectedEvent);
          // qs (extended: true, Express 4's default) turns small id-keyed maps into lists: the
          // event recovers their ids, the raw tree keeps the lists' own keys.
          const qs =
            parser.includes('extended: true') ||
            (framework.startsWith('Express 4') && parser === 'express.urlencoded()');
          if (!qs || type !== FORM_TYPE) expect(raw).toEqual(expectedRaw);
          const forged = await fetch(url, {
            method: 'POST',
            body: body.replaceAll(tokenOf(body) || '8e3ab48a764a9b02700e759d59e91125', FORGED),
            headers: { 'content-type': type },
          });
          expect(forged.status).toBe(401);
          expect(await forged.json()).toEqual({ error: 'token_mismatch' });
        }
      });
    }
  });
}
