/**
 * Recipe: a Bitrix24 bot endpoint on Express, behind `express.urlencoded({ extended: true })`.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/express-urlencoded.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * Use this when the app already decodes forms for everything (`app.use(express.urlencoded(...))`).
 * `req.body` is then the nested object qs made, and `parseImCommandAdd` takes it as it is.
 *
 * The qs trap: qs turns a map whose keys are small integers into an array. The body says
 * `data[COMMAND][99][COMMAND]=echo`, and qs gives `data.COMMAND` as `[{ COMMAND: 'echo', ... }]`:
 * the command's id 99 is gone from the keys. The library recovers it (from `COMMAND_ID`, and each
 * `BOT_IN_CHAT` key from its value), so `event.commands[0].id` is 99 here too. Code that reads
 * `req.body.data.COMMAND[99]` itself finds nothing.
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
  // extended: true is qs (nested objects); a real event has about 100 fields and a few KB.
  app.use(express.urlencoded({ extended: true, limit: '1mb', parameterLimit: 10_000 }));
  app.post('/bot', (req, res) => {
    let event: ImCommandAddEvent;
    try {
      // req.body is qs's object (undefined for another content type: a 400 below).
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
      commandId: command.id, // 99, although qs lost the key
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
  const server = createApp().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
