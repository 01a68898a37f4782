/**
 * The Node adapter: serves a bot endpoint made by `createBotEventHandler` on `node:http` and
 * Express, reading the `IncomingMessage` itself or what a body parser left of it. The only entry
 * that imports `node:` modules.
 *
 * ```ts
 * import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
 * ```
 *
 * @module bitrix24-imbot-events/node
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { decodeEventBytes, decodeEventInput, type WireTree } from './decode/decodeEventInput.js';
import { decodeFormBytes } from './decode/largeForm.js';
import { checkBodySize, type Limits } from './decode/limits.js';
import { type BodyFormat, emptyRequestBody } from './decode/readRequestBody.js';
import { eventError } from './errors/EventParseError.js';
import { errorBody } from './handler/createBotEventHandler.js';
import {
  ENDPOINT_CORE,
  type EndpointAnswer,
  type EndpointCore,
  type EndpointInput,
} from './handler/endpointCore.js';

/**
 * An Express-style `next`, called with an error the adapter could not answer itself.
 *
 * @category Handler
 */
export type NextFunction = (error?: unknown) => void;

/**
 * A `node:http` request, as Express hands it on (with `body` when a body parser ran first).
 *
 * @category Handler
 */
export interface NodeRequest extends IncomingMessage {
  /** What a body parser left (Express's `express.json()`, `express.text()`, ...), if any. */
  body?: unknown;
}

/** A `node:http` listener, and Express middleware. @category Handler */
export type NodeMiddleware = (
  request: NodeRequest,
  response: ServerResponse,
  next?: NextFunction,
) => Promise<void>;

/**
 * Turns a bot endpoint (`createBotEventHandler`'s) into a `node:http` request listener and
 * Express middleware: `http.createServer(createNodeMiddleware(endpoint))`, or
 * `app.post('/bot', createNodeMiddleware(endpoint))`.
 *
 * A `createBotEventHandler` endpoint is served directly: the body is read from the
 * `IncomingMessage` (cut off at `maxBytes` while it streams in), checked, verified, parsed and
 * dispatched by the same rules as the Fetch handler, and the answer is written to the
 * `ServerResponse`; no Fetch `Request` or `Response` is made unless a handler reads
 * `context.request` or returns a `Response`. Handlers get `[request, response]` of `node:http`
 * as `context.args`; work handed to `context.waitUntil` starts once the answer is sent.
 *
 * Mount it before any body parser, or after one: what a parser left is read as the body it came
 * from. A string or bytes (`express.text()`, `express.raw()`) are decoded by the request's content
 * type; an object is decoded as what it is: flat bracket keys (`'auth[application_token]'`, from
 * `express.urlencoded()` in Express 5 or `{ extended: false }`) as a form body, a nested object
 * (`{ extended: true }`, `express.json()`) as the payload itself. A body a parser read and left
 * nothing of is a `400` that says so.
 *
 * Any other Fetch handler (`(request) => Promise<Response>`) is served through a Fetch `Request`
 * made from the `IncomingMessage`.
 *
 * @param handler The endpoint, or any Fetch handler.
 * @returns The listener / middleware.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createBotEventHandler } from 'bitrix24-imbot-events';
 * import { createNodeMiddleware } from 'bitrix24-imbot-events/node';
 *
 * const endpoint = createBotEventHandler({ ONIMBOTMESSAGEADD: onMessage }, { applicationToken });
 * createServer(createNodeMiddleware(endpoint)).listen(3000);
 * ```
 * @category Handler
 */
export function createNodeMiddleware(
  handler: (request: Request, ...args: [NodeRequest, ServerResponse]) => Promise<Response>,
): NodeMiddleware {
  const core = (handler as { [ENDPOINT_CORE]?: EndpointCore })[ENDPOINT_CORE];
  if (core === undefined) return fetchBridge(handler);
  return async (request, response, next) => {
    try {
      const { answer, flush } = await core.handle(nodeInput(request), [request, response]);
      await writeAnswer(request, response, answer);
      flush();
    } catch (error) {
      failed(response, error, next);
    }
  };
}

/** An error the adapter could not answer (writing the answer failed): Express's `next`, or a bare 500. */
function failed(response: ServerResponse, error: unknown, next: NextFunction | undefined): void {
  if (next !== undefined) {
    next(error);
    return;
  }
  if (!response.headersSent) response.statusCode = 500;
  response.end();
}

/** Whether the request's body stream was read already (by a body parser). */
function bodyRead(request: NodeRequest): boolean {
  return request.readableEnded || (request as { _body?: unknown })._body === true;
}

/** A `node:http` request as the endpoint's core reads it. */
function nodeInput(request: NodeRequest): EndpointInput {
  let bytes: Uint8Array | undefined;
  return {
    method: request.method ?? 'GET',
    contentType: headerText(request.headers['content-type']),
    async decode(format: BodyFormat, limits: Limits): Promise<WireTree> {
      if (!bodyRead(request)) {
        bytes = await readNodeBody(request, limits);
        return decodeEventBytes(bytes, format, limits, decodeFormBytes);
      }
      return decodeParsedBody(request.body, format, limits);
    },
    request: () => toFetchRequest(request, bytes),
  };
}

function headerText(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

const encoder = new TextEncoder();

/**
 * Decodes what a body parser left: text and bytes by the content type, an object as what it is.
 * @internal
 */
function decodeParsedBody(body: unknown, format: BodyFormat, limits: Limits): WireTree {
  if (typeof body === 'string') {
    if (body === '') throw emptyRequestBody();
    return decodeEventBytes(encoder.encode(body), format, limits, decodeFormBytes);
  }
  if (body instanceof Uint8Array) {
    if (body.byteLength === 0) throw emptyRequestBody();
    return decodeEventBytes(body, format, limits, decodeFormBytes);
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    if (Object.keys(body).length === 0) {
      throw eventError(
        'malformed_body',
        'an earlier middleware read the body and left an empty req.body (a body parser for another content type?); mount createNodeMiddleware before it',
      );
    }
    return decodeEventInput(body, limits);
  }
  throw eventError(
    'malformed_body',
    'an earlier middleware read the body and left nothing readable in req.body; mount createNodeMiddleware before it',
  );
}

/** Reads a request's body, refusing it as soon as it passes `limits.maxBytes`. */
function readNodeBody(request: IncomingMessage, limits: Limits): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared)) checkBodySize(declared, limits);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        stop();
        request.pause();
        try {
          checkBodySize(size, limits);
        } catch (error) {
          reject(error);
        }
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      if (size === 0) reject(emptyRequestBody());
      else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (): void => {
      stop();
      reject(eventError('malformed_body', 'the request body could not be read to its end'));
    };
    const onClose = (): void => {
      if (!request.complete) onError();
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}

/** Writes the core's answer; a body not read to its end closes the connection. */
async function writeAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: EndpointAnswer,
): Promise<void> {
  if (!request.complete) response.setHeader('connection', 'close');
  if (answer instanceof Response) {
    response.statusCode = answer.status;
    if (answer.statusText !== '') response.statusMessage = answer.statusText;
    answer.headers.forEach((value, name) => {
      // Each cookie is its own header: setting set-cookie again would keep only the last.
      if (name === 'set-cookie') response.appendHeader(name, value);
      else response.setHeader(name, value);
    });
    response.end(answer.body === null ? undefined : new Uint8Array(await answer.arrayBuffer()));
    return;
  }
  response.statusCode = answer.status;
  if (answer.code === undefined) {
    response.end();
    return;
  }
  if (answer.status === 405) response.setHeader('allow', 'POST');
  response.setHeader('content-type', 'application/json');
  response.end(errorBody(answer.code));
}

/** Serves any other Fetch handler through a Fetch `Request` made from the `IncomingMessage`. */
function fetchBridge(
  handler: (request: Request, ...args: [NodeRequest, ServerResponse]) => Promise<Response>,
): NodeMiddleware {
  return async (request, response, next) => {
    try {
      await writeAnswer(
        request,
        response,
        await handler(toFetchRequest(request), request, response),
      );
    } catch (error) {
      failed(response, error, next);
    }
  };
}

/**
 * A Fetch `Request` for a `node:http` request: its body streamed when nothing read it yet, the
 * bytes already read, or what a body parser left (text and bytes as they are, flat bracket keys
 * as a form body, another object as JSON).
 */
function toFetchRequest(request: NodeRequest, read?: Uint8Array): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  headers.delete('content-length');
  if (read !== undefined) return new Request(url, { method, headers, body: new Uint8Array(read) });
  if (!bodyRead(request)) {
    // Nothing read the body yet: stream it, so that the handler's byte limit cuts it off.
    return new Request(url, {
      method,
      headers,
      body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
  }
  const parsed = request.body;
  if (typeof parsed === 'string') return new Request(url, { method, headers, body: parsed });
  if (parsed instanceof Uint8Array) {
    return new Request(url, { method, headers, body: new Uint8Array(parsed) });
  }
  if (typeof parsed === 'object' && parsed !== null && isFlat(parsed)) {
    // Flat bracket keys are a form body's names: send them as the form they came from.
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(parsed)) {
      for (const one of Array.isArray(value) ? value : [value]) form.append(name, String(one));
    }
    headers.set('content-type', 'application/x-www-form-urlencoded');
    return new Request(url, { method, headers, body: form });
  }
  // A body parser made a nested object (qs, JSON): hand it on as JSON.
  headers.set('content-type', 'application/json');
  return new Request(url, { method, headers, body: JSON.stringify(parsed ?? null) });
}

function isFlat(value: object): boolean {
  return Object.keys(value).some((key) => key.includes('['));
}
