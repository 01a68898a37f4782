/**
 * The bot every recipe serves: one `createBotEventHandler` endpoint for ONIMCOMMANDADD. The
 * framework files only hand it the request (a Fetch `Request` with whatever the platform passes
 * beside it, or `node:http`'s through `createNodeMiddleware`).
 *
 * The endpoint answers `405` to anything but POST, `415` to another content type than form or
 * JSON, `413` past 1 MiB, `401` to a wrong top-level application token (checked before the body
 * is validated), `400` to an invalid body, each with `{ "error": code }` only, and writes one line
 * per failure to `console.error` (never a token, never the body). A verified command is logged
 * redacted and answered at once; the slow work runs after the answer, through `waitUntil`.
 */
import {
  type BotEventContext,
  type BotEventEndpoint,
  type BotEventHandlerOptions,
  createBotEventHandler,
  type ImCommandAddEvent,
  redactEvent,
} from 'bitrix24-imbot-events';

/**
 * The slow part of a bot (REST calls, AI, databases); it runs after the answer went out, and gets
 * the handler's context (what the platform passed with the request).
 */
export type OnCommand<Args extends readonly unknown[] = readonly unknown[]> = (
  event: ImCommandAddEvent,
  context: BotEventContext<Args>,
) => void | Promise<void>;

/** Options of {@link createBot}. */
export interface BotOptions<Args extends readonly unknown[] = readonly unknown[]> {
  /**
   * The application token stored at install time (ONAPPINSTALL), several, or a lookup by portal
   * (which also gets what the platform passed: a Worker's `env`). `process.env.X` as it is: when
   * the variable is unset, `createBot` throws at once and says so.
   */
  readonly applicationToken: BotEventHandlerOptions<Args>['applicationToken'];
  /** What to do with a verified command, after answering. Default: log a line. */
  readonly onCommand?: OnCommand<Args> | undefined;
  /**
   * The platform's `waitUntil` where it is not passed with the request: `after` from
   * 'next/server' on Next.js 15. Workers' `ctx` is found without it; elsewhere the work starts
   * once the answer is sent.
   */
  readonly waitUntil?: BotEventHandlerOptions<Args>['waitUntil'];
}

/**
 * Creates the bot's endpoint, a Fetch handler `(request, ...args) => Promise<Response>`.
 *
 * @param options The expected token, the slow work, and the platform's `waitUntil`.
 */
export function createBot<Args extends readonly unknown[] = readonly unknown[]>({
  applicationToken,
  onCommand = answerCommand,
  waitUntil,
}: BotOptions<Args>): BotEventEndpoint<Args> {
  return createBotEventHandler<Args>(
    {
      ONIMCOMMANDADD(event, context) {
        console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
        // The slow work, after the answer: a failure is logged as work_failed, never lost.
        context.waitUntil(() => onCommand(event, context)); // the event with its tokens, for REST calls
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
    { applicationToken, waitUntil },
  );
}

/** Where a real bot answers the command: imbot.command.answer (COMMAND_ID, MESSAGE_ID, MESSAGE). */
async function answerCommand(event: ImCommandAddEvent): Promise<void> {
  const [command] = event.commands;
  console.info(`/${command.command} ${command.params} in ${event.chat.dialogId}`);
}
