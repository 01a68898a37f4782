/**
 * Recipe: a Bitrix24 bot endpoint on Bun's own server, `Bun.serve`.
 *
 * Run it from a clone (Bun reads the paths of examples/tsconfig.json):
 *           B24_APPLICATION_TOKEN=... bun examples/bun.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `Bun.serve` hands the handler a Fetch API `Request`: `parseImCommandAddRequest` reads its body
 * with a byte limit, picks the decoder from the content type (form or JSON), and parses it.
 */
import {
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAddRequest,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/**
 * Creates the request handler, for `Bun.serve({ fetch })`.
 *
 * @param onCommand What to do with a verified command, after answering.
 */
export function createHandler(
  onCommand: OnCommand = answerCommand,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/bot') {
      return new Response(null, { status: 404 });
    }
    let event: ImCommandAddEvent;
    try {
      event = await parseImCommandAddRequest(request);
    } catch (error) {
      if (!(error instanceof EventParseError)) throw error;
      console.warn('rejected a bot event', error.code, error.issues); // never the body
      return Response.json({ error: error.code }, { status: 400 });
    }
    // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
    if (!verifyApplicationToken(event, Bun.env.B24_APPLICATION_TOKEN ?? '')) {
      console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
      return new Response(null, { status: 401 });
    }

    console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
    const [command] = event.commands;
    // Answer at once (Bitrix24 does not retry, and slows down handlers that answer slowly) and
    // work afterwards.
    setTimeout(() => {
      Promise.resolve()
        .then(() => onCommand(event))
        .catch((error: unknown) => console.error('command failed', error));
    }, 0);
    return Response.json({
      command: command.command,
      params: command.params,
      dialogId: event.chat.dialogId,
      commandId: command.id,
    });
  };
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}

if (import.meta.main) {
  const server = Bun.serve({
    port: Number(Bun.env.PORT ?? 3000),
    hostname: Bun.env.HOST ?? '127.0.0.1',
    fetch: createHandler(),
  });
  console.info(`listening on ${server.url}bot`);
}
