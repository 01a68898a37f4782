import qs from 'qs';
import type { EventInput } from '../../src/index.js';
import { fixtureText } from './php.js';

/** The four documented examples. */
export const DOCUMENTED = ['en-private', 'en-group', 'ru-private', 'ru-group'] as const;

/**
 * What `express.urlencoded({ extended: true })` (body-parser 2) makes of a form body: qs with the
 * options body-parser passes (lib/types/urlencoded.js).
 */
export function expressExtended(body: string): Record<string, unknown> {
  const parameterCount = body.split('&').length;
  return qs.parse(body, {
    allowPrototypes: true,
    arrayLimit: Math.max(100, parameterCount),
    depth: 32,
    parameterLimit: 1000,
    strictDepth: true,
  });
}

function withByteOrderMark(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

/** Every input shape of one payload, from its PHP-made form body and its JSON. */
export function inputShapes(form: string, json: string, form3986?: string): [string, EventInput][] {
  const encoder = new TextEncoder();
  const formBytes = encoder.encode(form);
  const shapes: [string, EventInput][] = [
    ['form text', form],
    ['form bytes', formBytes],
    ['form ArrayBuffer', formBytes.slice().buffer],
    ['form Buffer', Buffer.from(form)],
    ['URLSearchParams', new URLSearchParams(form)],
    ['flat object (Object.fromEntries)', Object.fromEntries(new URLSearchParams(form))],
    ['qs object (express.urlencoded extended)', expressExtended(form)],
    ['JSON text', json],
    ['JSON text with leading white space', `\n\t ${json}`],
    ['JSON bytes', encoder.encode(json)],
    ['JSON bytes with a byte order mark', withByteOrderMark(encoder.encode(json))],
    ['JSON.parse object', JSON.parse(json) as Record<string, unknown>],
  ];
  if (form3986 !== undefined) shapes.push(['form text (RFC 3986)', form3986]);
  return shapes;
}

/** Every input shape of a documented example. */
export function documentedShapes(name: (typeof DOCUMENTED)[number]): [string, EventInput][] {
  return inputShapes(
    fixtureText(`onimcommandadd/${name}.form.txt`),
    fixtureText(`onimcommandadd/${name}.json`),
    fixtureText(`onimcommandadd/${name}.rfc3986.txt`),
  );
}

/** An event as JSON-able data without `raw`: dates as ISO strings, as the CLI prints them. */
export function withoutRaw(event: object): unknown {
  const { raw: _raw, ...rest } = event as { raw?: unknown };
  return JSON.parse(JSON.stringify(rest));
}
