/**
 * Recipe: a Bitrix24 bot endpoint on plain `node:http`, no framework.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/node-http.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 * Try it:   curl --data-binary @fixtures/onimcommandadd/en-group.form.txt \
 *             -H 'content-type: application/x-www-form-urlencoded' http://127.0.0.1:3000/bot
 *
 * `createNodeMiddleware` streams the body to the bot's handler (examples/bot.ts), which cuts it
 * off past 1 MiB, decodes the form (or JSON) exactly as PHP would, verifies and answers.
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
import { createBot, type OnCommand } from './bot.js';

/** Creates the server; `server.listen(...)` is up to the caller. */
export function createBotServer(onCommand?: OnCommand): Server {
  const bot = createBot({ applicationToken: process.env.B24_APPLICATION_TOKEN, onCommand });
  const middleware = createNodeMiddleware(bot);
  return createServer((request, response) => {
    if (request.url === '/bot') void middleware(request, response);
    else response.writeHead(404).end();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createBotServer().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
