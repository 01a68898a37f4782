import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** An Express-style `next`, called with an error the adapter could not answer itself. */
export type NextFunction = (error?: unknown) => void;

/** A `node:http` request, as Express hands it on (with `body` when a body parser ran first). */
export interface NodeRequest extends IncomingMessage {
  /** What a body parser left (Express's `express.json()`, `express.text()`, ...), if any. */
  body?: unknown;
}

/**
 * Turns a Fetch API handler (such as `createBotEventHandler`'s) into a `node:http` request
 * listener and Express middleware: `http.createServer(createNodeMiddleware(handler))`, or
 * `app.post('/bot', createNodeMiddleware(handler))`.
 *
 * The body is streamed to the handler as it arrives, so its `maxBytes` cut-off holds. Mount it
 * before any body parser; where one already ran, its result is handed on instead: a string or
 * bytes as they are (with the request's content type), a parsed object as JSON.
 *
 * @param handler The Fetch handler.
 * @returns The listener / middleware.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createBotEventHandler } from 'bitrix24-imbot-events';
 * import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
 *
 * const handler = createBotEventHandler({ ONIMBOTMESSAGEADD: onMessage }, { applicationToken });
 * createServer(createNodeMiddleware(handler)).listen(3000);
 * ```
 */
export function createNodeMiddleware(
  handler: (request: Request) => Promise<Response>,
): (request: NodeRequest, response: ServerResponse, next?: NextFunction) => Promise<void> {
  return async (request, response, next) => {
    try {
      const answer = await handler(toFetchRequest(request));
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        response.setHeader(name, value);
      });
      response.end(new Uint8Array(await answer.arrayBuffer()));
    } catch (error) {
      if (next !== undefined) return next(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  };
}

function toFetchRequest(request: NodeRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const parsed = request.body;
  if (parsed === undefined || request.readableEnded === false) {
    // Nothing read the body yet: stream it, so that the handler's byte limit cuts it off.
    headers.delete('content-length');
    return new Request(url, {
      method,
      headers,
      body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
  }
  headers.delete('content-length');
  if (typeof parsed === 'string') return new Request(url, { method, headers, body: parsed });
  if (parsed instanceof Uint8Array) {
    return new Request(url, { method, headers, body: new Uint8Array(parsed) });
  }
  // A body parser turned it into an object (qs, JSON): hand it on as JSON.
  headers.set('content-type', 'application/json');
  return new Request(url, { method, headers, body: JSON.stringify(parsed) });
}
