import {
  describeKind,
  type EventIssue,
  EventParseError,
  eventError,
} from '../errors/EventParseError.js';
import { decodeUtf8Bytes, toBytes } from './bytes.js';
import { type DecodedForm, decodeEntries, decodeFormTree } from './decodeForm.js';
import { createFormObject, type FormObject } from './FormObject.js';
import { checkBodySize, type Limits, tooManyParams, utf8LengthUpTo } from './limits.js';
import { isWireTree, scalarText, TreeWalker } from './objectTree.js';

/**
 * What every parse function accepts: a body as text or bytes (form-encoded, or JSON when its first
 * non-blank character is `{`), `URLSearchParams`, or an object a framework already decoded: the
 * output of `JSON.parse`, the nested object of `express.urlencoded({ extended: true })` (qs), or a
 * flat object with bracket keys (`{ 'data[PARAMS][MESSAGE]': '...' }`) as fastify-formbody and
 * `Object.fromEntries(formData)` give, or the `FormData` itself (`await request.formData()`).
 * A Fetch `Request`, a Promise or a stream is refused with a sentence that says what to pass
 * instead.
 *
 * @category Parsing
 */
export type EventInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | URLSearchParams
  | FormData
  | Readonly<Record<string, unknown>>;

/**
 * An input turned into the wire tree a form body decodes to: `null`-prototype maps, string leaves.
 * @internal
 */
export interface WireTree {
  /** The tree. */
  readonly tree: FormObject;
  /** The maps that arrived as arrays (qs turns id-keyed maps with small keys into arrays). */
  readonly lists: ReadonlySet<FormObject>;
}

const OPEN_BRACE = 0x7b;

/**
 * Turns any {@link EventInput} into the tree PHP's `parse_str` would give for the same payload
 * posted as a form: JSON scalars become the strings PHP sends (`true` as `'1'`, `false` as `'0'`),
 * `null` and empty arrays and objects are dropped (PHP's `http_build_query` drops them), arrays
 * become maps keyed by index.
 *
 * @param input The input.
 * @param limits The limits in force.
 * @returns The wire tree.
 * @throws {EventParseError} `body_too_large`, `too_many_params`, `too_deep`, `malformed_body`,
 *   or `invalid_payload` for a reserved key (`__proto__`, `constructor`, `prototype`) or a value
 *   no wire format has (a function, a symbol, a cycle).
 * @internal
 */
export function decodeEventInput(input: unknown, limits: Limits): WireTree {
  if (typeof input === 'string') {
    if (input === '') throw emptyBody();
    checkBodySize(utf8LengthUpTo(input, limits.maxBytes), limits);
    if (firstNonBlank(input) === OPEN_BRACE) return fromJsonText(input, limits);
    return fromForm(decodeFormTree(input, limits), limits);
  }
  if (input instanceof URLSearchParams) return fromForm(decodeFormTree(input, limits), limits);
  const bytes = toBytes(input);
  if (bytes !== undefined) {
    if (bytes.byteLength === 0) throw emptyBody();
    return decodeEventBytes(
      bytes,
      firstNonBlankByte(bytes) === OPEN_BRACE ? 'json' : 'form',
      limits,
    );
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    if (isFormData(input)) return fromFormData(input, limits);
    const misuse = misuseOf(input);
    if (misuse !== undefined) throw eventError('malformed_body', misuse);
    return isFlatForm(input)
      ? fromFlatForm(input as Readonly<Record<string, unknown>>, limits)
      : fromObject(input, limits);
  }
  throw eventError(
    'malformed_body',
    `expected a body (a string, bytes, URLSearchParams or an object), found ${describeKind(input)}`,
  );
}

/**
 * Decodes a body given as bytes in a known format (a request's content type says which).
 *
 * @param bytes The body.
 * @param format `'form'` or `'json'`.
 * @param limits The limits in force.
 * @param decodeForm The form decoder: decodeForm's own, or the endpoints' `decodeFormBytes`
 *   (the same result, faster on large bodies, kept out of the parse functions' size budget).
 * @returns The wire tree.
 * @throws {EventParseError} As {@link decodeEventInput}.
 * @internal
 */
export function decodeEventBytes(
  bytes: Uint8Array,
  format: 'form' | 'json',
  limits: Limits,
  decodeForm: (bytes: Uint8Array, limits: Limits) => DecodedForm = decodeFormTree,
): WireTree {
  checkBodySize(bytes.byteLength, limits);
  if (format === 'form') return fromForm(decodeForm(bytes, limits), limits);
  const text = decodeUtf8Bytes(bytes);
  if (text === undefined) throw eventError('malformed_body', 'the JSON body is not valid UTF-8');
  if (firstNonBlank(text) !== OPEN_BRACE) {
    throw eventError(
      'malformed_body',
      'expected a JSON object, found a body that does not start with "{"',
    );
  }
  return fromJsonText(text, limits);
}

function emptyBody() {
  return eventError('malformed_body', 'the body is empty');
}

/** JSON's white space. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function firstNonBlank(text: string): number {
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c)) return c;
  }
  return -1;
}

function firstNonBlankByte(bytes: Uint8Array): number {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // a UTF-8 byte order mark
  for (; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (!isBlank(c)) return c;
  }
  return -1;
}

function fromJsonText(text: string, limits: Limits): WireTree {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // The parser's own message quotes the body, which may hold tokens: say only what failed.
    throw eventError('malformed_body', 'the body starts with "{" but is not valid JSON');
  }
  // Our own parse result can serve as the tree as it is, when it already is one; otherwise the
  // walker copies it into one (or reports why it cannot).
  if (isWireTree(value, 0, limits, { leaves: 0, maps: 0 })) {
    return { tree: value as FormObject, lists: NO_LISTS };
  }
  return fromObject(value as object, limits, true);
}

function fromObject(value: object, limits: Limits, acyclic = false): WireTree {
  const walker = new TreeWalker(limits, acyclic);
  const tree = walker.map(value, 0) ?? createFormObject();
  walker.finish();
  return { tree, lists: walker.lists };
}

const NO_LISTS: ReadonlySet<FormObject> = new Set();

function fromForm(form: DecodedForm, limits: Limits): WireTree {
  // A decoded form is a wire tree already; only a reserved key needs the walk, which reports it.
  if (!form.hasReservedKey) return { tree: form.root, lists: NO_LISTS };
  return fromObject(form.root, limits);
}

/**
 * Says what to do instead, for an object that is a request or a body still to be read rather
 * than a payload: a Fetch `Request` or `Response`, a Promise, a `Blob`, a stream.
 */
function misuseOf(input: object): string | undefined {
  if (typeof (input as { then?: unknown }).then === 'function') {
    return 'expected a body, found a Promise: await the body first';
  }
  if (typeof Request === 'function' && input instanceof Request) {
    return "expected a body, found a Fetch Request: use parseBotEventRequest (or the event's parse…Request), which reads it";
  }
  if (typeof Response === 'function' && input instanceof Response) {
    return 'expected a body, found a Fetch Response: await response.text() first';
  }
  if (typeof Blob === 'function' && input instanceof Blob) {
    return 'expected a body, found a Blob: await blob.text() first';
  }
  if (
    (typeof ReadableStream === 'function' && input instanceof ReadableStream) ||
    (typeof (input as { pipe?: unknown }).pipe === 'function' &&
      typeof (input as { on?: unknown }).on === 'function')
  ) {
    return 'expected a body, found a stream (a request not read yet?): read it first, or use createNodeMiddleware or parseBotEventRequest';
  }
  return undefined;
}

function isFormData(input: object): input is FormData {
  return typeof FormData === 'function' && input instanceof FormData;
}

/**
 * A `FormData` (`await request.formData()`): its entries in order, as a form body's names and
 * values; a file where a value belongs is an issue.
 */
function fromFormData(form: FormData, limits: Limits): WireTree {
  const entries: [string, string][] = [];
  const issues: EventIssue[] = [];
  form.forEach((value, name) => {
    if (typeof value === 'string') entries.push([name, value]);
    else issues.push({ path: name, message: 'expected a string, found a file' });
  });
  if (issues.length > 0)
    throw new EventParseError('invalid_payload', issues as [EventIssue, ...EventIssue[]]);
  if (entries.length === 0) throw emptyBody();
  if (entries.length > limits.maxParams) throw tooManyParams(limits);
  return fromForm(decodeEntries(entries, limits), limits);
}

/** A flat form object has bracket keys at the top level (`data[PARAMS][MESSAGE]`). */
function isFlatForm(value: object): boolean {
  for (const key in value) {
    if (Object.hasOwn(value, key) && key.includes('[')) return true;
  }
  return false;
}

function fromFlatForm(value: Readonly<Record<string, unknown>>, limits: Limits): WireTree {
  const entries: [string, string][] = [];
  const issues: EventIssue[] = [];
  for (const name of Object.keys(value)) {
    let item = value[name];
    // Duplicate names arrive as an array (fastify-formbody); PHP keeps the last.
    if (Array.isArray(item)) item = item[item.length - 1];
    const text = scalarText(item);
    if (text === undefined) {
      if (item !== null && item !== undefined) {
        issues.push({ path: name, message: `expected a string, found ${describeKind(item)}` });
      }
      continue;
    }
    entries.push([name, text]);
  }
  if (issues.length > 0)
    throw new EventParseError('invalid_payload', issues as [EventIssue, ...EventIssue[]]);
  if (entries.length > limits.maxParams) throw tooManyParams(limits);
  return fromForm(decodeEntries(entries, limits), limits);
}
