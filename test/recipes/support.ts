import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImCommandAddEvent } from '../../src/index.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/onimcommandadd/${name}`, import.meta.url), 'utf8');
}

/** The documented group example, as PHP's `http_build_query` made it. */
export const FORM = fixture('en-group.form.txt');

interface Expected {
  auth: { applicationToken: string; accessToken: string; refreshToken: string };
  commands: { botAuth: { accessToken: string; refreshToken: string } }[];
}
const expected = JSON.parse(fixture('en-group.expected.json')) as Expected;

/** The application token of the example: what the tests store as `B24_APPLICATION_TOKEN`. */
export const TOKEN = expected.auth.applicationToken;

/** Every token in the example: none may reach a log. */
export const SECRETS = [
  TOKEN,
  expected.auth.accessToken,
  expected.auth.refreshToken,
  expected.commands[0]?.botAuth.accessToken ?? '',
  expected.commands[0]?.botAuth.refreshToken ?? '',
];

/** The example with another top-level token (the bot's copies still carry the stored one). */
export const WRONG_TOKEN_FORM = FORM.replace(
  /(^|&)auth%5Bapplication_token%5D=[0-9a-f]+/,
  '$1auth%5Bapplication_token%5D=0123456789abcdef0123456789abcdef',
);

/** The example cut in half: a broken body that carries no top-level token (auth comes last). */
export const HALF_FORM = FORM.slice(0, Math.floor(FORM.length / 2));

/**
 * The example cut in half, then its top-level `auth[...]` block: a broken body with the right
 * token. The handler checks the token before it validates, so only such a body reaches the `400`
 * (the half alone is a `401`).
 */
export const BROKEN_FORM = `${HALF_FORM}&${FORM.slice(FORM.indexOf('&auth%5B') + 1)}`;

/** What every recipe answers for the example. */
export const ANSWER = { command: 'echo', params: 'test', dialogId: 'chat2725', commandId: 99 };

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** POSTs a body. */
export function post(url: string, body: string, contentType = FORM_TYPE): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': contentType } });
}

/** Starts a `node:http` server on 127.0.0.1, on a free port; gives its `/bot` URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/bot`;
}

/** Stops a server and drops its keep-alive connections. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** Collects what the recipes print through `console`, without printing it. */
export function captureConsole(): { text: () => string } {
  const lines: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => inspect(arg, { depth: null })).join(' '));
    });
  }
  return { text: () => lines.join('\n') };
}

/** The events a recipe handed to its `onCommand`, with a way to wait for the next one. */
export class Commands {
  readonly events: ImCommandAddEvent[] = [];
  private waiters: ((event: ImCommandAddEvent) => void)[] = [];

  readonly onCommand = (event: ImCommandAddEvent): void => {
    this.events.push(event);
    for (const waiter of this.waiters.splice(0)) waiter(event);
  };

  next(): Promise<ImCommandAddEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('onCommand was not called')), 5_000);
      this.waiters.push((event) => {
        clearTimeout(timer);
        resolve(event);
      });
    });
  }
}

/** A running recipe. */
export interface Running {
  /** The `/bot` URL. */
  readonly url: string;
  /** Sends a request to the recipe. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** What the recipe logged so far. */
  readonly logs: () => string;
  /** Stops it. */
  readonly stop: () => Promise<void>;
  /** False for a recipe that takes no `onCommand` (its slow work is left to the platform). */
  readonly handsOver?: boolean;
}

/** Runs a recipe over HTTP: `fetch` goes to its URL. */
export function overHttp(url: string, logs: () => string, stop: () => Promise<void>): Running {
  return { url, fetch: (request) => fetch(request), logs, stop };
}

/**
 * The tests every recipe passes: the documented body is answered with what was parsed and handed
 * to `onCommand` after the answer; a wrong top-level token is 401, a broken body 400, a body that
 * is neither form nor JSON 415, a GET 405; tokens never reach a log.
 */
export function describeRecipe(
  name: string,
  start: (commands: Commands) => Promise<Running>,
): void {
  describe(name, () => {
    const commands = new Commands();
    let recipe: Running;
    const previous = process.env.B24_APPLICATION_TOKEN;

    beforeAll(async () => {
      process.env.B24_APPLICATION_TOKEN = TOKEN;
      recipe = await start(commands);
    });
    afterAll(async () => {
      await recipe?.stop();
      if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
      else process.env.B24_APPLICATION_TOKEN = previous;
      vi.restoreAllMocks();
    });
    beforeEach(() => {
      commands.events.length = 0;
    });

    function send(body: string, contentType = FORM_TYPE): Promise<Response> {
      return recipe.fetch(
        new Request(recipe.url, {
          method: 'POST',
          body,
          headers: { 'content-type': contentType },
        }),
      );
    }

    it('answers the documented group command with what it parsed', async () => {
      const handed = recipe.handsOver === false ? undefined : commands.next();
      const response = await send(FORM);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(ANSWER);
      if (handed !== undefined) {
        // Handed over after the answer, with its tokens (only the log is redacted).
        const event = await handed;
        expect(event.commands[0].id).toBe(99);
        expect(event.chat.dialogId).toBe('chat2725');
        expect(event.auth.applicationToken).toBe(TOKEN);
      }
      expect(recipe.logs()).toContain('ONIMCOMMANDADD');
      expect(recipe.logs()).toContain('[redacted]');
    });

    it('answers 401 to a wrong top-level token, even when the bot copies match', async () => {
      expect(WRONG_TOKEN_FORM).not.toBe(FORM);
      expect(WRONG_TOKEN_FORM).toContain(`application_token%5D=${TOKEN}`);
      const response = await send(WRONG_TOKEN_FORM);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'token_mismatch' });
      expect(commands.events).toEqual([]);
    });

    it('answers 401 to a broken body without its token: the token is checked first', async () => {
      expect(HALF_FORM).not.toContain('&auth%5Bapplication_token%5D=');
      const response = await send(HALF_FORM);
      expect(response.status).toBe(401);
      await response.arrayBuffer();
      expect(commands.events).toEqual([]);
    });

    it('answers 400 to a broken body and logs its code and issues', async () => {
      expect(BROKEN_FORM).toContain(`&auth%5Bapplication_token%5D=${TOKEN}`);
      const response = await send(BROKEN_FORM);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'invalid_payload' });
      expect(recipe.logs()).toContain('invalid_payload');
      expect(recipe.logs()).toContain('data[PARAMS]');
      expect(commands.events).toEqual([]);
    });

    // 415, not 400: createBotEventHandler answers 415 to any content type but form or JSON,
    // before it reads the body (the handler's contract).
    it('answers 415 to a body that is not a form', async () => {
      const response = await send('hello', 'text/plain');
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ error: 'unsupported_content_type' });
      expect(commands.events).toEqual([]);
    });

    it('answers 405 to a GET', async () => {
      const response = await recipe.fetch(new Request(recipe.url));
      expect(response.status).toBe(405);
      await response.arrayBuffer();
      expect(commands.events).toEqual([]);
    });

    it('never logs a token or the body', () => {
      const logs = recipe.logs();
      for (const secret of SECRETS) expect(logs).not.toContain(secret);
      expect(logs).not.toContain('%5B');
    });
  });
}
