import { afterAll, expect, it, vi } from 'vitest';
import worker, { createWorker, type WorkerContext } from '../../examples/cloudflare-worker.js';
import { ANSWER, captureConsole, describeRecipe, FORM, FORM_TYPE, TOKEN } from './support.js';

// These recipes are plain Fetch API handlers: they run in Node as they are, no server needed.

describeRecipe('examples/next-route.ts (called with a Request)', async () => {
  const logs = captureConsole();
  // Imported once B24_APPLICATION_TOKEN is set: the route reads it when it is loaded, as Next.js
  // loads it in a server that has its environment. A GET reaches POST here only in the test
  // (Next.js answers 405 itself to a method the route does not export); the handler says 405 too.
  const { POST } = await import('../../examples/next-route.js');
  return {
    url: 'http://127.0.0.1/bot',
    fetch: (request) => POST(request),
    logs: logs.text,
    stop: async () => {},
    handsOver: false, // the route takes no onCommand (Next.js runs the slow work in after())
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

it('examples/cloudflare-worker.ts reads the token from env, and works after answering', async () => {
  captureConsole();
  pending.length = 0;
  const previous = process.env.B24_APPLICATION_TOKEN;
  process.env.B24_APPLICATION_TOKEN = TOKEN; // not where a Worker's token comes from
  try {
    const missing = await worker.fetch(formRequest(), {}, ctx);
    expect(missing.status).toBe(401);
    expect(pending).toHaveLength(0);
  } finally {
    if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
    else process.env.B24_APPLICATION_TOKEN = previous;
  }
  const response = await worker.fetch(formRequest(), { B24_APPLICATION_TOKEN: TOKEN }, ctx);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(ANSWER);
  expect(pending).toHaveLength(1); // the slow work, handed to ctx.waitUntil
  await Promise.all(pending);
  const elsewhere = await worker.fetch(formRequest('http://127.0.0.1/other'), {}, ctx);
  expect(elsewhere.status).toBe(404);
});
