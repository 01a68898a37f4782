/**
 * The bot every recipe serves: one `createBotEventHandler` endpoint for ONIMCOMMANDADD. The
 * framework files only hand it the request (a Fetch `Request`, or `node:http`'s through
 * `createNodeMiddleware`).
 *
 * The handler answers `405` to anything but POST, `415` to another content type than form or
 * JSON, `413` past 1 MiB, `401` to a wrong top-level application token (checked before the body
 * is validated), `400` to an invalid body, each with `{ "error": code }` only. A verified command
 * is logged redacted and answered at once; the slow work runs afterwards.
 */
import {
  type BotEventHandlerErrorInfo,
  type BotEventHandlerOptions,
  createBotEventHandler,
  EventParseError,
  type ImCommandAddEvent,
  redactEvent,
} from 'bitrix24-imbot-events';

/** The slow part of a bot (REST calls, AI, databases); it runs after the answer went out. */
export type OnCommand = (event: ImCommandAddEvent) => void | Promise<void>;

/** Options of {@link createBot}. */
export interface BotOptions {
  /**
   * The application token stored at install time (ONAPPINSTALL), several, or a lookup by portal.
   * An empty string (an unset variable) matches nothing: every event is answered `401`.
   */
  readonly applicationToken: BotEventHandlerOptions['applicationToken'];
  /** What to do with a verified command, after answering. Default: log a line. */
  readonly onCommand?: OnCommand | undefined;
  /**
   * Runs the slow work once the answer is on its way. Default: `setTimeout(work, 0)`. On
   * Cloudflare Workers `(work) => ctx.waitUntil(work())`; on Next.js 15 and later `after`.
   */
  readonly later?: ((work: () => Promise<void>) => void) | undefined;
}

/**
 * Creates the bot's endpoint, a Fetch handler `(request) => Promise<Response>`.
 *
 * @param options The expected token, the slow work, and how to run it later.
 */
export function createBot({
  applicationToken,
  onCommand = answerCommand,
  later = (work) => void setTimeout(work, 0),
}: BotOptions): (request: Request) => Promise<Response> {
  return createBotEventHandler(
    {
      ONIMCOMMANDADD(event) {
        console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
        later(async () => {
          try {
            await onCommand(event); // the event itself, with its tokens, for REST calls
          } catch (error) {
            console.error('command failed', error);
          }
        });
        // Answer at once: Bitrix24 does not retry, and slows down handlers that answer slowly.
        // It ignores the body; this one is there for you and for the tests.
        const [command] = event.commands;
        return Response.json({
          command: command.command,
          params: command.params,
          dialogId: event.chat.dialogId,
          commandId: command.id,
        });
      },
    },
    { applicationToken, onError: logError },
  );
}

/** Logs why an event was refused: the code and the issues, never the body (it carries tokens). */
function logError(error: unknown, { status, code }: BotEventHandlerErrorInfo): void {
  if (error instanceof EventParseError) {
    console.warn('rejected a bot event', status, error.code, error.issues);
  } else {
    console.error('bot event failed', status, code, error); // what the handler threw
  }
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}
