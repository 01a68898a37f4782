import { afterAll, expect, it, vi } from 'vitest';
import worker, { createWorker, type WorkerContext } from '../../examples/cloudflare-worker.js';
import type { RouteArgs } from '../../examples/next-route.js';
import { ANSWER, captureConsole, describeRecipe, FORM, FORM_TYPE, TOKEN } from './support.js';

// These recipes are plain Fetch API handlers: they run in Node as they are, no server needed.

const routeContext: RouteArgs[0] = { params: Promise.resolve({}) };

describeRecipe('examples/next-route.ts (called with a Request and a context)', async (commands) => {
  const logs = captureConsole();
  // Imported once B24_APPLICATION_TOKEN is set: the route reads it when it is loaded, as Next.js
  // loads it in a server that has its environment. A GET reaches POST here only in the test
  // (Next.js answers 405 itself to a method the route does not export); the handler says 405 too.
  const { createRoute } = await import('../../examples/next-route.js');
  const POST = createRoute(undefined, commands.onCommand);
  return {
    url: 'http://127.0.0.1/bot',
    fetch: (request) => POST(request, routeContext),
    logs: logs.text,
    stop: async () => {},
  };
});

const pending: Promise<unknown>[] = [];
const ctx: WorkerContext = { waitUntil: (promise) => void pending.push(promise) };

describeRecipe('examples/cloudflare-worker.ts (called with a Request)', async (commands) => {
  const logs = captureConsole();
  const withCommands = createWorker(commands.onCommand);
  return {
    url: 'http://127.0.0.1/bot',
    fetch: (request) => withCommands.fetch(request, { B24_APPLICATION_TOKEN: TOKEN }, ctx),
    logs: logs.text,
    stop: async () => {
      await Promise.all(pending);
    },
  };
});

function formRequest(url = 'http://127.0.0.1/bot'): Request {
  return new Request(url, { method: 'POST', body: FORM, headers: { 'content-type': FORM_TYPE } });
}

afterAll(() => {
  vi.restoreAllMocks();
});

it('examples/next-route.ts: the route context and `after` reach the handler', async () => {
  captureConsole();
  const previous = process.env.B24_APPLICATION_TOKEN;
  process.env.B24_APPLICATION_TOKEN = TOKEN;
  try {
    const { createRoute } = await import('../../examples/next-route.js');
    const after: Promise<unknown>[] = [];
    const seen: unknown[] = [];
    const POST = createRoute(
      (promise) => void after.push(promise),
      (event, context) => {
        seen.push(context.args[0], context.request.url, event.commands[0].id);
      },
    );
    const response = await POST(formRequest(), routeContext);
    expect(response.status).toBe(200);
    expect(after).toHaveLength(1); // handed to `after`, not started by the library
    await Promise.all(after);
    expect(seen).toEqual([routeContext, 'http://127.0.0.1/bot', 99]);
    // An unset variable fails at once, with a message that says what to do.
    delete process.env.B24_APPLICATION_TOKEN;
    expect(() => createRoute()).toThrow(/environment variable.*set.*false/s);
  } finally {
    if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
    else process.env.B24_APPLICATION_TOKEN = previous;
  }
});

it('examples/cloudflare-worker.ts reads the token from env once per request, and works after answering', async () => {
  const logs = captureConsole();
  pending.length = 0;
  const previous = process.env.B24_APPLICATION_TOKEN;
  process.env.B24_APPLICATION_TOKEN = TOKEN; // not where a Worker's token comes from
  try {
    const missing = await worker.fetch(formRequest(), {}, ctx);
    expect(missing.status).toBe(500); // a missing secret is loud: a 500 and a line that says so
    expect(logs.text()).toContain('500 lookup_failed');
    expect(logs.text()).toContain('B24_APPLICATION_TOKEN is not set');
    expect(pending).toHaveLength(0);
  } finally {
    if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
    else process.env.B24_APPLICATION_TOKEN = previous;
  }
  const seen: unknown[] = [];
  const one = createWorker((_event, context) => {
    seen.push(context.args[0], context.args[1]);
  });
  const env = { B24_APPLICATION_TOKEN: TOKEN };
  const response = await one.fetch(formRequest(), env, ctx);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(ANSWER);
  expect(pending).toHaveLength(1); // the slow work, handed to ctx.waitUntil
  await Promise.all(pending);
  expect(seen).toEqual([env, ctx]); // the Worker's env and ctx reached the handler
  const elsewhere = await worker.fetch(formRequest('http://127.0.0.1/other'), {}, ctx);
  expect(elsewhere.status).toBe(404);
});
