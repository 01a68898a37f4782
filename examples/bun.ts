/**
 * Recipe: a Bitrix24 bot endpoint on Bun's own server, `Bun.serve`.
 *
 * Run it from a clone (Bun reads the paths of examples/tsconfig.json):
 *           B24_APPLICATION_TOKEN=... bun examples/bun.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `Bun.serve` hands the route a Fetch API `Request`, which the bot's handler (examples/bot.ts)
 * takes as it is: byte limit, content type (form or JSON), token, parsing, answer.
 */
import { createBot, type OnCommand } from './bot.js';

/** Creates the request handler of `/bot`, for `Bun.serve({ routes })`. */
export function createHandler(onCommand?: OnCommand): (request: Request) => Promise<Response> {
  return createBot({ applicationToken: Bun.env.B24_APPLICATION_TOKEN, onCommand });
}

if (import.meta.main) {
  const server = Bun.serve({
    port: Number(Bun.env.PORT ?? 3000),
    hostname: Bun.env.HOST ?? '127.0.0.1',
    routes: { '/bot': createHandler() }, // every method: the handler answers 405 but to POST
    fetch: () => new Response(null, { status: 404 }),
  });
  console.info(`listening on ${server.url}bot`);
}
