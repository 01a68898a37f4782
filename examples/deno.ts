/**
 * Recipe: a Bitrix24 bot endpoint on Deno's own server, `Deno.serve`.
 *
 * Install:  deno add npm:bitrix24-imbot-events   (maps the package name in deno.json)
 * Run it from a clone (examples/deno.json maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... deno run --allow-net --allow-env examples/deno.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 *
 * `Deno.serve` hands the handler a Fetch API `Request`: `parseImCommandAddRequest` reads its body
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
 * Creates the request handler, for `Deno.serve(handler)`.
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
    if (!verifyApplicationToken(event, Deno.env.get('B24_APPLICATION_TOKEN') ?? '')) {
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
  Deno.serve(
    {
      port: Number(Deno.env.get('PORT') ?? 3000),
      hostname: Deno.env.get('HOST') ?? '127.0.0.1',
      onListen: ({ hostname, port }) => console.info(`listening on http://${hostname}:${port}/bot`),
    },
    createHandler(),
  );
}
