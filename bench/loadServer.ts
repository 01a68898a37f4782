/**
 * One server of `npm run bench:load`, in its own process: `tsx bench/loadServer.ts <name>`.
 * It listens on 127.0.0.1 (a free port), tells the parent the port over IPC, and serves until it
 * is killed. Every server answers the documented event with 200 and a forged one with 401, so
 * that each does the work a bot endpoint must do: read the body, check the token, find the event.
 *
 * - `floor`: bare `node:http`; reads the body and answers 200 (no check: the floor).
 * - `spin-20us`: the floor, but it keeps the CPU busy for 20 µs before it answers: not a bot,
 *   a calibration of what a ratio to the floor means on the machine at hand.
 * - `ours`: `createNodeMiddleware(createBotEventHandler(...))`, the built package.
 * - `parse-alone`: bare `node:http` that reads the body and calls `parseBotEvent` itself.
 * - `fastify`: fastify with @fastify/formbody (flat names), the token and event compared by hand.
 * - `express`: Express 5 with `express.urlencoded({ extended: true })`, checked by hand.
 */

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import formbody from '@fastify/formbody';
import express from 'express';
import Fastify from 'fastify';
import { createBotEventHandler, EventParseError, parseBotEvent } from '../dist/index.js';
import { createNodeMiddleware } from '../dist/node.js';

/** The documented example's application token (fixtures/onimcommandadd/en-group.form.txt). */
export const LOAD_TOKEN = '8e3ab48a764a9b02700e759d59e91125';

/** The servers, in the order of the report. */
export const LOAD_SERVERS = [
  'floor',
  'spin-20us',
  'ours',
  'parse-alone',
  'fastify',
  'express',
] as const;
export type LoadServerName = (typeof LOAD_SERVERS)[number];

const MAX_BYTES = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    );
    request.on('error', reject);
  });
}

/** A hand check on what a body parser made: the event named, the token as stored. */
function handCheck(event: unknown, token: unknown): 200 | 400 | 401 {
  if (token !== LOAD_TOKEN) return 401;
  return typeof event === 'string' && event !== '' ? 200 : 400;
}

async function start(name: LoadServerName): Promise<Server> {
  switch (name) {
    case 'floor':
      return createServer(async (request, response) => {
        await readBody(request);
        response.statusCode = 200;
        response.end();
      });
    case 'spin-20us':
      return createServer(async (request, response) => {
        await readBody(request);
        const until = performance.now() + 0.02;
        while (performance.now() < until);
        response.statusCode = 200;
        response.end();
      });
    case 'ours': {
      const endpoint = createBotEventHandler(
        { ONIMCOMMANDADD: () => {} },
        { applicationToken: LOAD_TOKEN, onError: false },
      );
      return createServer(createNodeMiddleware(endpoint));
    }
    case 'parse-alone':
      return createServer(async (request, response) => {
        try {
          parseBotEvent((await readBody(request)).toString(), { applicationToken: LOAD_TOKEN });
          response.statusCode = 200;
        } catch (error) {
          response.statusCode =
            error instanceof EventParseError && error.code === 'token_mismatch' ? 401 : 400;
        }
        response.end();
      });
    case 'fastify': {
      const app = Fastify({ logger: false, bodyLimit: MAX_BYTES });
      await app.register(formbody);
      app.post('/', async (request, reply) => {
        const body = request.body as Record<string, unknown>;
        reply.code(handCheck(body.event, body['auth[application_token]']));
        return '';
      });
      await app.ready();
      return app.server;
    }
    case 'express': {
      const app = express();
      app.use(express.urlencoded({ extended: true, limit: MAX_BYTES }));
      app.post('/', (request, response) => {
        const body = request.body as { event?: unknown; auth?: { application_token?: unknown } };
        response.status(handCheck(body.event, body.auth?.application_token)).end();
      });
      return createServer(app);
    }
  }
}

if (process.send !== undefined) {
  const name = process.argv[2] as LoadServerName;
  if (!LOAD_SERVERS.includes(name)) throw new Error(`unknown server ${name}`);
  const server = await start(name);
  server.keepAliveTimeout = 60_000;
  // 'stop' from the parent: exit normally, so that --cpu-prof writes its profile.
  process.on('message', (message) => {
    if (message === 'stop') process.exit(0);
  });
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
}
