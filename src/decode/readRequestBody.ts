import { describeKind, type EventParseError, eventError } from '../errors/EventParseError.js';
import { checkBodySize, type Limits } from './limits.js';

/** The body formats a request may carry. */
export type BodyFormat = 'form' | 'json';

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/;

/**
 * Picks the body format from a `content-type` header: `application/x-www-form-urlencoded` or
 * `application/json` (also `+json` types), any parameters (a charset) allowed.
 *
 * @param contentType The header's value, or `null`.
 * @returns The format.
 * @throws {EventParseError} `unsupported_content_type`.
 * @internal
 */
export function bodyFormatOf(contentType: string | null): BodyFormat {
  const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (
    mediaType === 'application/json' ||
    (MEDIA_TYPE.test(mediaType) && mediaType.endsWith('+json'))
  ) {
    return 'json';
  }
  const found =
    mediaType === ''
      ? 'no content type'
      : MEDIA_TYPE.test(mediaType)
        ? `content type ${mediaType}`
        : 'an unreadable content type';
  throw eventError(
    'unsupported_content_type',
    `expected application/x-www-form-urlencoded or application/json, found ${found}`,
  );
}

/**
 * Reads a request body with a running byte count, and cancels the stream as soon as it passes
 * `limits.maxBytes`: a body that never ends is not read to its end.
 *
 * @param request The Fetch API request.
 * @param limits The limits in force.
 * @returns The body's bytes.
 * @throws {EventParseError} `body_too_large`, or `malformed_body` for a body already read or empty.
 * @internal
 */
export async function readRequestBody(request: Request, limits: Limits): Promise<Uint8Array> {
  if (
    typeof request !== 'object' ||
    request === null ||
    typeof request.headers?.get !== 'function'
  ) {
    throw eventError(
      'malformed_body',
      `expected a Fetch API Request, found ${describeKind(request)}`,
    );
  }
  if (request.bodyUsed) throw eventError('malformed_body', 'the request body was already read');
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const stream = request.body;
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await stream?.cancel().catch(() => undefined);
    checkBodySize(declared, limits);
  }
  if (stream === null) throw eventError('malformed_body', 'the request has no body');
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        checkBodySize(size, limits);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  if (size === 0) throw emptyRequestBody();
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The endpoints' error for a request without a body: malformed, not a form without a token.
 * @internal
 */
export function emptyRequestBody(): EventParseError {
  return eventError('malformed_body', 'the request body is empty');
}
