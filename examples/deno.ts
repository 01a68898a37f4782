/**
 * Recipe: a Bitrix24 bot endpoint on Deno's own server, `Deno.serve`.
 *
 * Install:  deno add npm:bitrix24-imbot-events   (maps the package name in deno.json)
 * Run it from a clone (examples/deno.json maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... deno run --allow-net --allow-env examples/deno.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `Deno.serve` hands the handler a Fetch API `Request`, which the bot's handler (examples/bot.ts)
 * takes as it is: byte limit, content type (form or JSON), token, parsing, answer.
 */
import { createBot, type OnCommand } from './bot.ts';

/** Creates the request handler, for `Deno.serve(handler)`: the bot at `/bot`, 404 elsewhere. */
export function createHandler(onCommand?: OnCommand): (request: Request) => Promise<Response> {
  const bot = createBot({
    applicationToken: Deno.env.get('B24_APPLICATION_TOKEN'),
    onCommand,
  });
  return async (request) =>
    new URL(request.url).pathname === '/bot' ? bot(request) : new Response(null, { status: 404 });
}

if (import.meta.main) {
  Deno.serve(
    {
      port: Number(Deno.env.get('PORT') ?? 3000),
      hostname: Deno.env.get('HOST') ?? '127.0.0.1',
      onListen: ({ hostname, port }) => console.info(`listening on http://${hostname}:${port}/bot`),
    },
    createHandler(),
  );
}
