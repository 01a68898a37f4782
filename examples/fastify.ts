/**
 * Recipe: a Bitrix24 bot endpoint on Fastify, with `@fastify/formbody`.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/fastify.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `@fastify/formbody` (what most Fastify apps register for forms) gives a flat object with the
 * bracket names as keys: `{ 'data[COMMAND][99][COMMAND]': 'echo', ... }`. `parseImCommandAdd`
 * takes it as it is and builds the nested payload from the names, as PHP would.
 *
 * Without the plugin, keep the exact bytes with a raw parser and hand them over instead:
 *
 *   app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' },
 *     (_request, body, done) => done(null, body));
 *   // then parseImCommandAdd(request.body as Buffer)
 */
import { pathToFileURL } from 'node:url';
import formbody from '@fastify/formbody';
import {
  type EventInput,
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAdd,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/**
 * Creates the app; `app.listen(...)` is up to the caller.
 *
 * @param options Fastify's options (`{ logger: true }` to log).
 * @param onCommand What to do with a verified command, after answering.
 */
export function buildApp(
  options: FastifyServerOptions = {},
  onCommand: OnCommand = answerCommand,
): FastifyInstance {
  const app = Fastify(options);
  // The library's own default limit is 1 MiB; a real event is a few KB.
  app.register(formbody, { bodyLimit: 1024 * 1024 });

  app.post<{ Body: EventInput }>('/bot', async (request, reply) => {
    let event: ImCommandAddEvent;
    try {
      event = parseImCommandAdd(request.body); // the flat object @fastify/formbody made
    } catch (error) {
      if (!(error instanceof EventParseError)) throw error;
      // The code and the issues only: never the body, which carries tokens.
      request.log.warn({ code: error.code, issues: error.issues }, 'rejected a bot event');
      return reply.code(400).send({ error: error.code });
    }
    // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
    if (!verifyApplicationToken(event, process.env.B24_APPLICATION_TOKEN ?? '')) {
      request.log.warn({ domain: event.auth.domain }, 'wrong application token');
      return reply.code(401).send();
    }

    request.log.info({ event: redactEvent(event) }, 'ONIMCOMMANDADD'); // tokens: "[redacted]"
    const [command] = event.commands;
    // Answer at once (Bitrix24 does not retry, and slows down handlers that answer slowly); the
    // work starts once the response has been sent.
    reply.raw.once('finish', () => {
      Promise.resolve()
        .then(() => onCommand(event))
        .catch((error: unknown) => request.log.error({ err: error }, 'command failed'));
    });
    return {
      command: command.command,
      params: command.params,
      dialogId: event.chat.dialogId,
      commandId: command.id,
    };
  });
  return app;
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const app = buildApp({ logger: true });
  await app.listen({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
  });
}
