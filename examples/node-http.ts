/**
 * Recipe: a Bitrix24 bot endpoint on plain `node:http`, no framework.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/node-http.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 * Try it:   curl --data-binary @fixtures/onimcommandadd/en-group.form.txt \
 *             -H 'content-type: application/x-www-form-urlencoded' http://127.0.0.1:3000/bot
 *
 * The body is read as bytes and handed to `parseImCommandAdd` as it is: the library decodes the
 * form (or JSON) itself, exactly as PHP would.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_LIMITS,
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAdd,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/**
 * Creates the server; `server.listen(...)` is up to the caller.
 *
 * @param onCommand What to do with a verified command, after answering.
 */
export function createBotServer(onCommand: OnCommand = answerCommand): Server {
  return createServer((request, response) => {
    handle(request, response, onCommand).catch((error: unknown) => {
      console.error('bot handler failed', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  onCommand: OnCommand,
): Promise<void> {
  if (request.method !== 'POST' || request.url !== '/bot') {
    response.writeHead(404).end();
    return;
  }
  const body = await readBody(request, DEFAULT_LIMITS.maxBytes);
  if (body === undefined) {
    response.writeHead(413, { connection: 'close' }).end();
    return;
  }

  let event: ImCommandAddEvent;
  try {
    event = parseImCommandAdd(body); // form or JSON, sniffed; throws EventParseError
  } catch (error) {
    if (!(error instanceof EventParseError)) throw error;
    console.warn('rejected a bot event', error.code, error.issues); // never the body: it has tokens
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: error.code }));
    return;
  }
  // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
  if (!verifyApplicationToken(event, process.env.B24_APPLICATION_TOKEN ?? '')) {
    console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
    response.writeHead(401).end();
    return;
  }

  console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
  const [command] = event.commands;
  // The slow work starts once the answer has been sent.
  response.once('finish', () => {
    Promise.resolve()
      .then(() => onCommand(event))
      .catch((error: unknown) => console.error('command failed', error));
  });
  // Answer at once: Bitrix24 does not retry, and slows down handlers that answer slowly.
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      command: command.command,
      params: command.params,
      dialogId: event.chat.dialogId,
      commandId: command.id,
    }),
  );
}

/**
 * Reads the whole body, or gives `undefined` once it passes `maxBytes` (the rest is discarded, and
 * the 413 answer closes the connection).
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
      request.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData).resume();
      resolve(undefined);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createBotServer().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
