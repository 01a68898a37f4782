/**
 * Recipe: a Bitrix24 bot endpoint on Express, with the body read as text.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/express-text.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `express.text({ type: 'application/x-www-form-urlencoded' })` keeps the form body as the exact
 * string Bitrix24 sent, and `parseImCommandAdd` decodes it as PHP would. This is the most exact
 * way to use the library with Express; `express-urlencoded.ts` shows the other one.
 */
import { pathToFileURL } from 'node:url';
import {
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAdd,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';
import express, { type Express } from 'express';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/**
 * Creates the app; `app.listen(...)` is up to the caller.
 *
 * @param onCommand What to do with a verified command, after answering.
 */
export function createApp(onCommand: OnCommand = answerCommand): Express {
  const app = express();
  app.post(
    '/bot',
    // The library's own default limit is 1 MiB; a real event is a few KB.
    express.text({ type: 'application/x-www-form-urlencoded', limit: '1mb' }),
    (req, res) => {
      let event: ImCommandAddEvent;
      try {
        // req.body is the raw form string (undefined for another content type: a 400 below).
        event = parseImCommandAdd(req.body);
      } catch (error) {
        if (!(error instanceof EventParseError)) throw error;
        console.warn('rejected a bot event', error.code, error.issues); // never the body
        res.status(400).json({ error: error.code });
        return;
      }
      // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
      if (!verifyApplicationToken(event, process.env.B24_APPLICATION_TOKEN ?? '')) {
        console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
        res.sendStatus(401);
        return;
      }

      console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
      const [command] = event.commands;
      // The slow work starts once the answer has been sent.
      res.once('finish', () => {
        Promise.resolve()
          .then(() => onCommand(event))
          .catch((error: unknown) => console.error('command failed', error));
      });
      // Answer at once: Bitrix24 does not retry, and slows down handlers that answer slowly.
      res.json({
        command: command.command,
        params: command.params,
        dialogId: event.chat.dialogId,
        commandId: command.id,
      });
    },
  );
  return app;
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createApp().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
