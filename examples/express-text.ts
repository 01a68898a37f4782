/**
 * Recipe: a Bitrix24 bot endpoint on Express, with the form body read as text.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/express-text.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `createNodeMiddleware` hands the request to the bot's handler (examples/bot.ts). Mounted alone
 * it streams the body itself; behind `express.text(...)`, as here, it hands on the exact string
 * Bitrix24 sent, which the library decodes as PHP would. Either way is exact;
 * `express-urlencoded.ts` shows an app that decodes forms with qs first.
 */
import { pathToFileURL } from 'node:url';
import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
import express, { type Express } from 'express';
import { createBot, type OnCommand } from './bot.js';

/** Creates the app; `app.listen(...)` is up to the caller. */
export function createApp(onCommand?: OnCommand): Express {
  const bot = createBot({ applicationToken: process.env.B24_APPLICATION_TOKEN, onCommand });
  const app = express();
  // Every method reaches the handler, which answers 405 to anything but POST.
  app.all(
    '/bot',
    express.text({ type: 'application/x-www-form-urlencoded', limit: '1mb' }),
    createNodeMiddleware(bot),
  );
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createApp().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
