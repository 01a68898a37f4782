// Parses the four documented examples with the built library (dist/) and prints what it got as
// JSON: { runtime, results: { way: { name: event } }, decoded }, each event without `raw` and with dates as
// ISO strings, as in fixtures/onimcommandadd/*.expected.json. The ways: the ESM build given bytes,
// text, and a Fetch API Request (read through the runtime's own streams), and the CJS build.
// Run by test/runtimes/*.test.ts under Node, Bun and Deno, from the repository's root.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esm from '../../dist/index.js';

const cjs = createRequire(import.meta.url)('../../dist/index.cjs');
const names = ['en-private', 'en-group', 'ru-private', 'ru-group'];

const ways = {
  esmBytes: (bytes) => esm.parseImCommandAdd(bytes),
  esmText: (bytes) => esm.parseImCommandAdd(new TextDecoder().decode(bytes)),
  esmRequest: (bytes) =>
    esm.parseImCommandAddRequest(
      new Request('http://127.0.0.1/bot', {
        method: 'POST',
        body: bytes,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ),
  cjsBytes: (bytes) => cjs.parseImCommandAdd(bytes),
};

const results = {};
for (const [way, parse] of Object.entries(ways)) {
  results[way] = {};
  for (const name of names) {
    const file = new URL(`../../fixtures/onimcommandadd/${name}.form.txt`, import.meta.url);
    const { raw: _raw, ...event } = await parse(new Uint8Array(readFileSync(file)));
    results[way][name] = JSON.parse(JSON.stringify(event));
  }
}

// Long values take the one-pass byte decoder and the runtime's own TextDecoder('utf-16le') (or
// its fallback): the long Cyrillic bench body, and a long value with invalid UTF-8 and malformed
// escapes, decoded by the ESM build.
const longCyrillic = readFileSync(
  new URL('../../fixtures/bench/long-cyrillic.form.txt', import.meta.url),
  'utf8',
);
const broken = `a=${'%D1%8F'.repeat(700)}%FF%D1%%ZZ%F0%9F%98%80${'x+'.repeat(600)}%E2%82`;
const decoded = {
  longCyrillic: esm.decodeForm(longCyrillic).data.PARAMS.MESSAGE,
  broken: esm.decodeForm(broken).a,
};

const runtime =
  typeof globalThis.Deno !== 'undefined'
    ? `deno ${globalThis.Deno.version.deno}`
    : typeof globalThis.Bun !== 'undefined'
      ? `bun ${globalThis.Bun.version}`
      : `node ${process.versions.node}`;

process.stdout.write(`${JSON.stringify({ runtime, results, decoded })}\n`);
