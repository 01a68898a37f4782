/**
 * Recipe: a Bitrix24 bot endpoint on Hono.
 *
 * Run it on Node, from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/hono.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 * Elsewhere, `export default createApp()` is the whole entry for Bun, Deno and Cloudflare Workers.
 *
 * `c.req.raw` is the Fetch API `Request`: `parseImCommandAddRequest` reads its body with a byte
 * limit, picks the decoder from the content type (form or JSON), and parses it.
 */
import { pathToFileURL } from 'node:url';
import {
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAddRequest,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';
import { Hono } from 'hono';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/**
 * Creates the app: `app.fetch` is the handler.
 *
 * @param onCommand What to do with a verified command, after answering.
 */
export function createApp(onCommand: OnCommand = answerCommand): Hono {
  const app = new Hono();
  app.post('/bot', async (c) => {
    let event: ImCommandAddEvent;
    try {
      event = await parseImCommandAddRequest(c.req.raw);
    } catch (error) {
      if (!(error instanceof EventParseError)) throw error;
      console.warn('rejected a bot event', error.code, error.issues); // never the body
      return c.json({ error: error.code }, 400);
    }
    // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
    if (!verifyApplicationToken(event, process.env.B24_APPLICATION_TOKEN ?? '')) {
      console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
      return c.body(null, 401);
    }

    console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
    const [command] = event.commands;
    // Answer at once (Bitrix24 does not retry, and slows down handlers that answer slowly) and
    // work afterwards. On Cloudflare Workers use c.executionCtx.waitUntil(...) instead.
    setTimeout(() => {
      Promise.resolve()
        .then(() => onCommand(event))
        .catch((error: unknown) => console.error('command failed', error));
    }, 0);
    return c.json({
      command: command.command,
      params: command.params,
      dialogId: event.chat.dialogId,
      commandId: command.id,
    });
  });
  return app;
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
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
