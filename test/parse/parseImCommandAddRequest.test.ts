import { describe, expect, it } from 'vitest';
import { EventParseError, parseImCommandAddRequest } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../support/php.js';
import { withoutRaw } from '../support/shapes.js';

const FORM = fixtureText('onimcommandadd/en-group.form.txt');
const JSON_TEXT = fixtureText('onimcommandadd/en-group.json');
const EXPECTED = fixtureJson<unknown>('onimcommandadd/en-group.expected.json');

function post(
  body: BodyInit | null,
  contentType?: string,
  headers: Record<string, string> = {},
): Request {
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    body,
    headers: { ...headers },
    duplex: 'half',
  };
  if (contentType !== undefined)
    (init.headers as Record<string, string>)['content-type'] = contentType;
  return new Request('http://localhost/bot', init);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EventParseError) return error.code;
    throw error;
  }
  return 'none';
}

describe('parseImCommandAddRequest', () => {
  const accepted: [string, () => Request][] = [
    ['a form body', () => post(FORM, 'application/x-www-form-urlencoded')],
    [
      'a form body with a charset',
      () => post(FORM, 'application/x-www-form-urlencoded; charset=UTF-8'),
    ],
    ['a form body in upper case type', () => post(FORM, 'Application/X-WWW-Form-Urlencoded')],
    ['a JSON body', () => post(JSON_TEXT, 'application/json')],
    ['a JSON body with a charset', () => post(JSON_TEXT, 'application/json;charset=utf-8')],
    ['a +json body', () => post(JSON_TEXT, 'application/vnd.bitrix+json')],
    [
      'a body in many chunks',
      () => post(chunked(new TextEncoder().encode(FORM), 7), 'application/x-www-form-urlencoded'),
    ],
  ];
  for (const [name, request] of accepted) {
    it(`parses ${name}`, async () => {
      expect(withoutRaw(await parseImCommandAddRequest(request()))).toEqual(EXPECTED);
    });
  }

  const refused: [string, () => Request, string, object?][] = [
    ['a text/plain body', () => post(FORM, 'text/plain'), 'unsupported_content_type'],
    [
      'a multipart body',
      () => post(FORM, 'multipart/form-data; boundary=x'),
      'unsupported_content_type',
    ],
    [
      'a body without a content type',
      () =>
        new Request('http://localhost/bot', {
          method: 'POST',
          body: new Uint8Array(new TextEncoder().encode(FORM)),
        }),
      'unsupported_content_type',
    ],
    [
      'a form type with a JSON body',
      () => post(JSON_TEXT, 'application/x-www-form-urlencoded'),
      'invalid_payload',
    ],
    ['a JSON type with a form body', () => post(FORM, 'application/json'), 'malformed_body'],
    ['an empty body', () => post('', 'application/x-www-form-urlencoded'), 'malformed_body'],
    [
      'no body',
      () =>
        new Request('http://localhost/bot', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        }),
      'malformed_body',
    ],
    [
      'a body over maxBytes',
      () => post(FORM, 'application/x-www-form-urlencoded'),
      'body_too_large',
      { limits: { maxBytes: 1000 } },
    ],
    [
      'a declared length over maxBytes',
      () => post('a=1', 'application/x-www-form-urlencoded', { 'content-length': '5000000' }),
      'body_too_large',
    ],
    [
      'the wrong event',
      () =>
        post(
          FORM.replace('ONIMCOMMANDADD', 'ONIMBOTJOINCHAT'),
          'application/x-www-form-urlencoded',
        ),
      'wrong_event',
    ],
  ];
  for (const [name, request, code, options] of refused) {
    it(`refuses ${name} with ${code}`, async () => {
      expect(await codeOf(parseImCommandAddRequest(request(), options))).toBe(code);
    });
  }

  it('refuses a body that was already read', async () => {
    const request = post(FORM, 'application/x-www-form-urlencoded');
    await request.text();
    expect(await codeOf(parseImCommandAddRequest(request))).toBe('malformed_body');
  });

  it('names the content type it refused, but not an unreadable one', async () => {
    await expect(parseImCommandAddRequest(post(FORM, 'text/plain'))).rejects.toThrow(
      'expected application/x-www-form-urlencoded or application/json, found content type text/plain',
    );
    await expect(parseImCommandAddRequest(post(FORM, 'x\u0001secret/thing'))).rejects.toThrow(
      'found an unreadable content type',
    );
  });

  it('stops reading a never-ending stream once maxBytes is passed, and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('a=1&'.repeat(256)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = post(endless, 'application/x-www-form-urlencoded');
    expect(
      await codeOf(parseImCommandAddRequest(request, { limits: { maxBytes: 64 * 1024 } })),
    ).toBe('body_too_large');
    expect(cancelled).toBe(true);
    // 1 KiB a pull: it stopped right after passing 64 KiB, not at the end (there is none).
    expect(pulled).toBeGreaterThan(64);
    expect(pulled).toBeLessThan(70);
  });

  it('fails the default 1 MiB limit on an endless stream too', async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(65536).fill(0x61));
      },
    });
    expect(await codeOf(parseImCommandAddRequest(post(endless, 'application/json')))).toBe(
      'body_too_large',
    );
  });
});

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}
