/**
 * Recipe: a Bitrix24 bot endpoint on Fastify.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/fastify.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * The route hijacks the reply and hands `request.raw` and `reply.raw` to `createNodeMiddleware`,
 * which streams the body to the bot's handler (examples/bot.ts). So that the body is still
 * unread then, the route lives in its own plugin scope whose only content-type parser reads
 * nothing; the rest of the app keeps Fastify's parsers (and `@fastify/formbody`, if you use it).
 */
import { pathToFileURL } from 'node:url';
import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createBot, type OnCommand } from './bot.js';

/**
 * Creates the app; `app.listen(...)` is up to the caller.
 *
 * @param options Fastify's options (`{ logger: true }` to log).
 * @param onCommand What to do with a verified command, after answering.
 */
export function buildApp(
  options: FastifyServerOptions = {},
  onCommand?: OnCommand,
): FastifyInstance {
  const bot = createBot({ applicationToken: process.env.B24_APPLICATION_TOKEN, onCommand });
  const middleware = createNodeMiddleware(bot);
  const app = Fastify(options);
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _body, done) => done(null)); // leaves it unread
    scope.all('/bot', async (request, reply) => {
      reply.hijack(); // the middleware answers on reply.raw
      await middleware(request.raw, reply.raw);
    });
  });
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const app = buildApp({ logger: true });
  await app.listen({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
  });
}
