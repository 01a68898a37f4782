/**
 * Recipe: a Bitrix24 bot endpoint as a Next.js App Router route handler.
 *
 * Put it at `app/bot/route.ts` (the URL is then `/bot`). A route handler gets a Fetch API
 * `Request`, so `parseImCommandAddRequest` reads it directly: byte limit, content type (form or
 * JSON), parsing. This file uses nothing from `next` itself.
 */
import {
  EventParseError,
  type ImCommandAddEvent,
  parseImCommandAddRequest,
  redactEvent,
  verifyApplicationToken,
} from 'bitrix24-imbot-events';

export async function POST(request: Request): Promise<Response> {
  let event: ImCommandAddEvent;
  try {
    event = await parseImCommandAddRequest(request);
  } catch (error) {
    if (!(error instanceof EventParseError)) throw error;
    console.warn('rejected a bot event', error.code, error.issues); // never the body
    return Response.json({ error: error.code }, { status: 400 });
  }
  // The top-level token, stored at install time (ONAPPINSTALL); never a bot's copy.
  if (!verifyApplicationToken(event, process.env.B24_APPLICATION_TOKEN ?? '')) {
    console.warn('rejected a bot event with a wrong application token from', event.auth.domain);
    return new Response(null, { status: 401 });
  }

  console.info('ONIMCOMMANDADD', redactEvent(event)); // every token replaced by "[redacted]"
  const [command] = event.commands;
  // Answer at once: Bitrix24 does not retry, and slows down handlers that answer slowly. Do the
  // slow work (imbot.command.answer, AI, databases) after the response: on Next.js 15 and later,
  // `after(() => answerCommand(event))` from 'next/server'; elsewhere, in a queue.
  return Response.json({
    command: command.command,
    params: command.params,
    dialogId: event.chat.dialogId,
    commandId: command.id,
  });
}
