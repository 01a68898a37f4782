/**
 * Recipe: a Bitrix24 bot endpoint as a Cloudflare Worker.
 *
 * Deploy:   npx wrangler secret put B24_APPLICATION_TOKEN   then   npx wrangler deploy
 *
 * A Worker gets a Fetch API `Request`: `parseImCommandAddRequest` reads its body with a byte
 * limit, picks the decoder from the content type (form or JSON), and parses it. The token comes
 * from the Worker's `env` (a secret), not from `process.env`.
 */
import {
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAddRequest,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';

/** The Worker's bindings (`wrangler secret put B24_APPLICATION_TOKEN`). */
export interface Env {
  readonly B24_APPLICATION_TOKEN?: string;
}

/** The part of the Workers `ExecutionContext` used here (`@cloudflare/workers-types` has it all). */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

export default {
  async fetch(request: Request, env: Env, ctx: WorkerContext): Promise<Response> {
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
    if (!verifyApplicationToken(event, env.B24_APPLICATION_TOKEN ?? '')) {
      console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
      return new Response(null, { status: 401 });
    }

    console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
    const [command] = event.commands;
    // Answer at once (Bitrix24 does not retry, and slows down handlers that answer slowly);
    // waitUntil keeps the Worker alive for the slow work after the response.
    ctx.waitUntil(
      answerCommand(event).catch((error: unknown) => console.error('command failed', error)),
    );
    return Response.json({
      command: command.command,
      params: command.params,
      dialogId: event.chat.dialogId,
      commandId: command.id,
    });
  },
};

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}
