/**
 * Recipe: a Bitrix24 bot endpoint on Express, behind `express.urlencoded({ extended: true })`.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/express-urlencoded.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * Use this when the app already decodes forms for everything (`app.use(express.urlencoded(...))`).
 * `req.body` is then the nested object qs made, and `createNodeMiddleware` hands it on to the
 * bot's handler (examples/bot.ts) as JSON.
 *
 * The qs trap: qs turns a map whose keys are small integers into an array. The body says
 * `data[COMMAND][99][COMMAND]=echo`, and qs gives `data.COMMAND` as `[{ COMMAND: 'echo', ... }]`:
 * the command's id 99 is gone from the keys. The library recovers it (from `COMMAND_ID`, and each
 * `BOT_IN_CHAT` key from its value), so `event.commands[0].id` is 99 here too. Code that reads
 * `req.body.data.COMMAND[99]` itself finds nothing.
 */
import { pathToFileURL } from 'node:url';
import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
import express, { type Express } from 'express';
import { createBot, type OnCommand } from './bot.js';

/** Creates the app; `app.listen(...)` is up to the caller. */
export function createApp(onCommand?: OnCommand): Express {
  const bot = createBot({ applicationToken: process.env.B24_APPLICATION_TOKEN, onCommand });
  const app = express();
  // extended: true is qs (nested objects); a real event has about 100 fields and a few KB.
  app.use(express.urlencoded({ extended: true, limit: '1mb', parameterLimit: 10_000 }));
  app.all('/bot', createNodeMiddleware(bot)); // answers commandId 99, although qs lost the key
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createApp().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
