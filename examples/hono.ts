/**
 * Recipe: a Bitrix24 bot endpoint on Hono.
 *
 * Run it on Node, from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/hono.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 * Elsewhere, `export default createApp()` is the whole entry for Bun, Deno and Cloudflare Workers.
 *
 * `c.req.raw` is the Fetch API `Request`, which the bot's handler (examples/bot.ts) takes as it
 * is: byte limit, content type (form or JSON), token, parsing, answer.
 */
import { pathToFileURL } from 'node:url';
import { Hono } from 'hono';
import { createBot, type OnCommand } from './bot.js';

/** Creates the app: `app.fetch` is the handler. */
export function createApp(onCommand?: OnCommand): Hono {
  // On Cloudflare Workers, pass `c.env` and `c.executionCtx` on: `bot(c.req.raw, c.env,
  // c.executionCtx)`, with the token looked up from the env (see examples/cloudflare-worker.ts).
  const bot = createBot({ applicationToken: process.env.B24_APPLICATION_TOKEN, onCommand });
  const app = new Hono();
  app.all('/bot', (c) => bot(c.req.raw)); // every method: the handler answers 405 but to POST
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { serve } = await import('@hono/node-server');
  serve(
    {
      fetch: createApp().fetch,
      port: Number(process.env.PORT ?? 3000),
      hostname: process.env.HOST ?? '127.0.0.1',
    },
    (info) => console.info('listening on', info),
  );
}
