/**
 * npm run bench: interleaved benchmark of the built package against its peers.
 *
 * Every round runs every task for a short while (tinybench), in a rotating order, so that all
 * tasks share the machine's noise; the reported time of a task is the median over rounds of its
 * per-round median. Ratios are taken within this one run. Writes docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import qs from 'qs';
import { Bench } from 'tinybench';
import { decodeForm, EventParseError, parseBotEvent, parseImCommandAdd } from '../dist/index.js';
import { loadTail } from './docSection.js';
import { expressQs, qsPlusZod } from './zodCompetitor.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TASK_TIME_MS = Number(process.env.BENCH_TASK_MS ?? 40);

const read = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const compact = (json: string) => JSON.stringify(JSON.parse(json));

const bodies = {
  small: {
    form: read('onimcommandadd/en-group.form.txt'),
    json: compact(read('onimcommandadd/en-group.json')),
  },
  long: {
    form: read('onimcommandadd/variants/long-message.form.txt'),
    json: compact(read('onimcommandadd/variants/long-message.json')),
  },
  // The documented group event with a Russian message of 200 and of 30,000 characters, made by
  // PHP (fixtures/generate-bench.php).
  cyrillic: {
    form: read('bench/cyrillic.form.txt'),
    json: compact(read('bench/cyrillic.json')),
  },
  'long Cyrillic': {
    form: read('bench/long-cyrillic.form.txt'),
    json: compact(read('bench/long-cyrillic.json')),
  },
};
type Size = keyof typeof bodies;
const SIZES = Object.keys(bodies) as Size[];

// A body read from a request is one flat string; `repeat` makes a rope, so each is flattened.
const flat = (text: string) => Buffer.from(text).toString();
const hostile = {
  tooLarge: flat('a=1&'.repeat(300_000)), // 1.2 MB, over the 1 MiB default
  tooManyParams: flat('k=1&'.repeat(10_001)),
  // The offending name first: the error should come before the rest is read.
  tooDeep: `a${'[b]'.repeat(33)}=1&${bodies.small.form}`,
  // 10,000 names of 32 appends would make 320,000 maps; maxMaps stops it at the 2,001st.
  tooManyMaps: flat(`a${'[]'.repeat(32)}=1&`.repeat(10_000)),
};

// Verify before parse: the documented body with its right token, and forged (another top-level
// token, as an attacker who does not know it would send).
const TOKEN = '8e3ab48a764a9b02700e759d59e91125';
const FORGED_TOKEN = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const forged = {
  form: bodies.small.form.replace(
    `auth%5Bapplication_token%5D=${TOKEN}`,
    `auth%5Bapplication_token%5D=${FORGED_TOKEN}`,
  ),
  json: JSON.stringify({
    ...JSON.parse(bodies.small.json),
    auth: { ...JSON.parse(bodies.small.json).auth, application_token: FORGED_TOKEN },
  }),
};
if (forged.form === bodies.small.form) throw new Error('the forged form body is not forged');

function expectError(run: () => unknown, code: string): void {
  try {
    run();
  } catch (error) {
    if (error instanceof EventParseError && error.code === code) return;
    throw error;
  }
  throw new Error(`expected ${code}`);
}

/** Runs a parse that must refuse its body with an EventParseError (any code). */
function expectRefused(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof EventParseError) return;
    throw error;
  }
  throw new Error('expected an EventParseError');
}

// Sanity: the peers and we agree on what the body says, and the hostile bodies fail as meant.
for (const size of SIZES) {
  const ours = parseImCommandAdd(bodies[size].form);
  const theirs = qsPlusZod(bodies[size].form) as { commands: { params: string }[] };
  if (ours.commands[0].params !== theirs.commands[0]?.params) throw new Error('peers disagree');
  if (parseImCommandAdd(bodies[size].json).commands[0].params !== ours.commands[0].params)
    throw new Error('JSON differs');
}
for (const format of ['form', 'json'] as const) {
  parseBotEvent(bodies.small[format], { applicationToken: TOKEN });
  expectError(() => parseBotEvent(forged[format], { applicationToken: TOKEN }), 'token_mismatch');
}
expectError(() => parseImCommandAdd(hostile.tooLarge), 'body_too_large');
expectError(() => parseImCommandAdd(hostile.tooManyParams), 'too_many_params');
expectError(() => parseImCommandAdd(hostile.tooDeep), 'too_deep');
expectError(() => parseImCommandAdd(hostile.tooManyMaps), 'too_many_params');

// Hostile bodies up to the 1 MiB default maxBytes, each as an attacker would shape it to stay
// within the limits (maxParams 10,000, maxDepth 32) and buy the most CPU a byte.
const MAX_BYTES = 1_048_576;
const fill = (unit: string, bytes: number) => flat(unit.repeat(Math.floor(bytes / unit.length)));
const hostileShapes: Record<string, string> = {
  'unclosed brackets a[[[[…': `a${fill('[', MAX_BYTES - 3)}=1`,
  'unclosed encoded brackets a%5B%5B…': `a${fill('%5B', MAX_BYTES - 3)}=1`,
  'runs of &': fill('&', MAX_BYTES),
  'runs of =': fill('=', MAX_BYTES),
  'runs of %': fill('%', MAX_BYTES),
  'runs of +': fill('+', MAX_BYTES),
  'value of %': `a=${fill('%', MAX_BYTES - 2)}`,
  'value of +': `a=${fill('+', MAX_BYTES - 2)}`,
  'long name': `${fill('a', MAX_BYTES - 2)}=1`,
  'long index a[111…]': `a[${fill('1', MAX_BYTES - 5)}]=1`,
  'many keys (10,000)': Array.from({ length: 10_000 }, (_, i) => `k${i}=1`).join('&'),
  'many appends a[]= (10,000)': flat('a[]=1&'.repeat(10_000)),
  // 62 names of 32 appends make 1,984 maps, within maxMaps (2,000): the most maps a body may
  // make, in the fewest bytes.
  'nested appends a[][]… up to maxMaps': flat(`a${'[]'.repeat(32)}=1&`.repeat(62)),
  'deep names (32 groups, 10,000)': Array.from(
    { length: 10_000 },
    (_, i) => `a${'[b]'.repeat(31)}[${i}]=1`,
  ).join('&'),
};
for (const [shape, body] of Object.entries(hostileShapes)) {
  if (Buffer.byteLength(body) > MAX_BYTES) throw new Error(`${shape} is over maxBytes`);
  // Within the limits: decoding must succeed (the event is then refused by validation).
  decodeForm(body);
  expectRefused(() => parseImCommandAdd(body));
}

/**
 * A yardstick, not a parser: the plainest split on `&` and `=` into one flat object, with no
 * decoding, no nesting and no checks (each name a new key string, where decodeForm reuses the
 * keys of names it has seen).
 */
function splitOnly(body: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let start = 0;
  while (start < body.length) {
    let amp = body.indexOf('&', start);
    if (amp === -1) amp = body.length;
    const equals = body.indexOf('=', start);
    const nameEnd = equals === -1 || equals > amp ? amp : equals;
    out[body.slice(start, nameEnd)] = nameEnd === amp ? '' : body.slice(nameEnd + 1, amp);
    start = amp + 1;
  }
  return out;
}

type Task = { name: string; group: string; bytes: number; run: () => unknown };
const tasks: Task[] = [];
for (const size of SIZES) {
  const { form, json } = bodies[size];
  const bytes = Buffer.byteLength(form);
  tasks.push(
    { name: `JSON.parse (${size})`, group: size, bytes, run: () => JSON.parse(json) },
    { name: `decodeForm (${size})`, group: size, bytes, run: () => decodeForm(form) },
    {
      name: `split on & and = only, no decoding (${size})`,
      group: size,
      bytes,
      run: () => splitOnly(form),
    },
    {
      name: `decodeURIComponent, whole body (${size})`,
      group: size,
      bytes,
      run: () => decodeURIComponent(form),
    },
    {
      name: `URLSearchParams (${size})`,
      group: size,
      bytes,
      run: () => new URLSearchParams(form),
    },
    {
      name: `qs.parse, body-parser options (${size})`,
      group: size,
      bytes,
      run: () => expressQs(form),
    },
    {
      name: `parseImCommandAdd form (${size})`,
      group: size,
      bytes,
      run: () => parseImCommandAdd(form),
    },
    {
      name: `parseImCommandAdd JSON (${size})`,
      group: size,
      bytes,
      run: () => parseImCommandAdd(json),
    },
    { name: `qs + zod (${size})`, group: size, bytes, run: () => qsPlusZod(form) },
  );
}
tasks.push(
  {
    name: 'error body_too_large (1.2 MB)',
    group: 'limits',
    bytes: hostile.tooLarge.length,
    run: () => expectError(() => parseImCommandAdd(hostile.tooLarge), 'body_too_large'),
  },
  {
    name: 'error too_many_params (10,001)',
    group: 'limits',
    bytes: hostile.tooManyParams.length,
    run: () => expectError(() => parseImCommandAdd(hostile.tooManyParams), 'too_many_params'),
  },
  {
    name: 'error too_deep (33 groups)',
    group: 'limits',
    bytes: hostile.tooDeep.length,
    run: () => expectError(() => parseImCommandAdd(hostile.tooDeep), 'too_deep'),
  },
  {
    name: 'error maxMaps (10,000 names of 32 [])',
    group: 'limits',
    bytes: hostile.tooManyMaps.length,
    run: () => expectError(() => parseImCommandAdd(hostile.tooManyMaps), 'too_many_params'),
  },
);
for (const [shape, body] of Object.entries(hostileShapes)) {
  tasks.push({
    name: `hostile: ${shape}`,
    group: 'hostile',
    bytes: Buffer.byteLength(body),
    run: () => expectRefused(() => parseImCommandAdd(body)),
  });
}
for (const format of ['form', 'json'] as const) {
  const bytes = Buffer.byteLength(bodies.small[format]);
  tasks.push(
    {
      name: `parseBotEvent verified ${format} (small)`,
      group: 'verify',
      bytes,
      run: () => parseBotEvent(bodies.small[format], { applicationToken: TOKEN }),
    },
    {
      name: `forged request refused, ${format} (small)`,
      group: 'verify',
      bytes,
      run: () =>
        expectError(
          () => parseBotEvent(forged[format], { applicationToken: TOKEN }),
          'token_mismatch',
        ),
    },
  );
}
void qs;

// Memory: the heap a decoded body keeps alive (delta of heapUsed after a forced GC, the result
// held and the body's own string already counted), in a child process run with --expose-gc.
const MEMORY_SCRIPT = `
import { readFileSync } from 'node:fs';
import { decodeForm } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
const bodies = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const [body, text] of Object.entries(bodies)) {
  const deltas = [];
  let kept;
  for (let i = 0; i < 7; i++) {
    kept = undefined;
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    kept = decodeForm(text);
    globalThis.gc();
    deltas.push(process.memoryUsage().heapUsed - before);
  }
  void kept;
  deltas.sort((a, b) => a - b);
  out.push({ body, bytes: Buffer.byteLength(text), retained: deltas[3] });
}
process.stdout.write(JSON.stringify(out));
`;
const memoryBodies = {
  'the 1 MB Cyrillic event (100,000 characters)': read('bench/mib-cyrillic.form.txt'),
  'a 1 MiB body of 10,000 keys of 100 bytes': Array.from(
    { length: 10_000 },
    (_, i) => `k${String(i).padStart(5, '0')}${'x'.repeat(40)}=${'v'.repeat(50)}`,
  )
    .join('&')
    .slice(0, MAX_BYTES),
  'a 1 MiB body that makes the most maps maxMaps allows (1,984), then one long value': (() => {
    const maps = `a${'[]'.repeat(32)}=1&`.repeat(62);
    return flat(`${maps}z=${'x'.repeat(MAX_BYTES - maps.length - 2)}`);
  })(),
};
const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', MEMORY_SCRIPT], {
    input: JSON.stringify(memoryBodies),
    encoding: 'utf8',
  }),
) as { body: string; bytes: number; retained: number }[];

const samples = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: TASK_TIME_MS, warmupTime: 10 });
  const offset = round % tasks.length;
  for (const task of [...tasks.slice(offset), ...tasks.slice(0, offset)])
    bench.add(task.name, task.run);
  await bench.run();
  for (const task of bench.tasks) {
    const p50 = task.result.state === 'completed' ? task.result.latency.p50 : undefined;
    if (p50 === undefined) throw new Error(`${task.name} did not complete`);
    samples.get(task.name)?.push(p50 * 1000); // ms to µs
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
}
process.stderr.write('\n');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const time = (name: string) => median(samples.get(name) ?? []);

const rows = tasks.map((task) => ({ ...task, us: time(task.name) }));
const ratio = (a: string, b: string) => time(a) / time(b);

// The issue's ratio goals are stated for the documented body (its own table measures that one);
// the long body is there for the per-byte goal, and its ratios are reported above for information.
const goals = [
  {
    goal: 'decodeForm at most 2x JSON.parse',
    value: ratio('decodeForm (small)', 'JSON.parse (small)'),
    limit: 2,
    atMost: true,
  },
  {
    goal: 'long Cyrillic body: decodeForm at most 1.0x one decodeURIComponent over the whole body',
    value: ratio('decodeForm (long Cyrillic)', 'decodeURIComponent, whole body (long Cyrillic)'),
    limit: 1,
    atMost: true,
  },
  {
    goal: 'decodeForm at least 8x faster than qs',
    value: ratio('qs.parse, body-parser options (small)', 'decodeForm (small)'),
    limit: 8,
    atMost: false,
  },
  {
    goal: 'parseImCommandAdd on the form body at least 10x faster than qs + zod',
    value: ratio('qs + zod (small)', 'parseImCommandAdd form (small)'),
    limit: 10,
    atMost: false,
  },
  {
    goal: 'parseImCommandAdd on the JSON text at most 2x JSON.parse',
    value: ratio('parseImCommandAdd JSON (small)', 'JSON.parse (small)'),
    limit: 2,
    atMost: true,
  },
];
// A forged request is refused right after decoding: it must cost less than a full parse.
for (const format of ['form', 'json'] as const) {
  goals.push({
    goal: `forged request (${format}) at most 0.8x a full verified parse of the same body`,
    value: ratio(
      `forged request refused, ${format} (small)`,
      `parseBotEvent verified ${format} (small)`,
    ),
    limit: 0.8,
    atMost: true,
  });
}
const perByte = (name: string) => {
  const task = tasks.find((candidate) => candidate.name === name);
  if (task === undefined) throw new Error(`no task ${name}`);
  return time(name) / task.bytes;
};
for (const [long, small] of [
  ['long', 'small'],
  ['long Cyrillic', 'cyrillic'],
] as const) {
  for (const task of ['decodeForm', 'parseImCommandAdd form', 'parseImCommandAdd JSON']) {
    goals.push({
      goal: `${task}: per-byte cost on the ${long} body at most 1.2x the ${small} body's`,
      value: perByte(`${task} (${long})`) / perByte(`${task} (${small})`),
      limit: 1.2,
      atMost: true,
    });
  }
}
// An attacker's body within the limits buys at most 3x the CPU a byte of a documented event.
for (const shape of Object.keys(hostileShapes)) {
  goals.push({
    goal: `hostile ${shape}: per-byte cost at most 3x the documented body's form parse`,
    value: perByte(`hostile: ${shape}`) / perByte('parseImCommandAdd form (small)'),
    limit: 3,
    atMost: true,
  });
}
for (const row of memory) {
  goals.push({
    goal: `memory: decoding ${row.body} retains at most 3x its size`,
    value: row.retained / row.bytes,
    limit: 3,
    atMost: true,
  });
}
// A limit error should cost little next to parsing a normal body: per byte, at most half of it.
for (const name of [
  'error body_too_large (1.2 MB)',
  'error too_many_params (10,001)',
  'error too_deep (33 groups)',
  'error maxMaps (10,000 names of 32 [])',
]) {
  goals.push({
    goal: `${name}: per-byte cost at most 0.5x a normal parse's`,
    value: perByte(name) / perByte('parseImCommandAdd form (small)'),
    limit: 0.5,
    atMost: true,
  });
}

const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us >= 10 ? us.toFixed(1) : us.toFixed(2));
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const table = [
  '| task | body | median | vs JSON.parse | MB/s |',
  '|---|---|---|---|---|',
  ...rows.map((row) => {
    const floor =
      row.group === 'limits' || row.group === 'hostile'
        ? undefined
        : time(`JSON.parse (${row.group === 'verify' ? 'small' : row.group})`);
    return `| ${row.name} | ${(row.bytes / 1024).toFixed(1)} KB | ${fmt(row.us)} µs | ${floor === undefined ? '' : `${(row.us / floor).toFixed(2)}x`} | ${(row.bytes / row.us).toFixed(0)} |`;
  }),
];
const memoryTable = [
  '| body | size | retained | retained / size |',
  '|---|---|---|---|',
  ...memory.map(
    (row) =>
      `| ${row.body} | ${(row.bytes / 1024).toFixed(0)} KB | ${(row.retained / 1024).toFixed(0)} KB | ${(row.retained / row.bytes).toFixed(2)}x |`,
  ),
];
const goalTable = [
  '| goal | measured | target | |',
  '|---|---|---|---|',
  ...goals.map(
    (g) =>
      `| ${g.goal} | ${g.value.toFixed(2)}x | ${g.atMost ? '≤' : '≥'} ${g.limit}x | ${(g.atMost ? g.value <= g.limit : g.value >= g.limit) ? 'pass' : '**FAIL**'} |`,
  ),
];

const report = `---
title: Performance
---

# Performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.
${ROUNDS} interleaved rounds of tinybench (${TASK_TIME_MS} ms a task a round, rotating order);
each time is the median over rounds of the task's median call. The built package (\`dist/\`) is
measured, as users get it. Ratios compare tasks within this one run; absolute times vary with
the machine, which is shared and noisy.

Bodies: *small* is the documented group example (the exact body PHP's \`http_build_query\`
makes, ${(Buffer.byteLength(bodies.small.form) / 1024).toFixed(1)} KB); *long* is the same event with a 60 KB message text, which
appears twice (\`MESSAGE\` and \`COMMAND_PARAMS\`), ${(Buffer.byteLength(bodies.long.form) / 1024).toFixed(0)} KB encoded; *cyrillic* and *long Cyrillic* are the
documented event with a Russian message of 200 and of 30,000 characters (also twice), made by
\`http_build_query\` in \`fixtures/generate-bench.php\`: ${(Buffer.byteLength(bodies.cyrillic.form) / 1024).toFixed(1)} KB and ${(Buffer.byteLength(bodies['long Cyrillic'].form) / 1024).toFixed(0)} KB, every
letter six bytes of escapes. *decodeURIComponent, whole body* is V8's native decoder run once
over the body (it neither splits nor turns \`+\` into spaces); *URLSearchParams* splits and
decodes; *split on & and = only* is not a parser but a yardstick: the plainest JavaScript loop
that cuts the body into one flat object of encoded names and values (no decoding, no nesting, no
checks, a new key string per name). *hostile* rows are bodies up to the 1 MiB \`maxBytes\` shaped to stay within the other
limits (10,000 parameters, 32 groups, 2,000 maps), parsed by \`parseImCommandAdd\` until it refuses them.
MB/s is of encoded input. The JSON tasks parse the same payload as
compact JSON. Peers: \`qs.parse\` with the options body-parser 2 passes for
\`express.urlencoded({ extended: true })\`; *qs + zod* adds a zod schema that validates and
normalizes the same fields into the same shape (\`bench/zodCompetitor.ts\`).

${table.join('\n')}

Memory (heap kept alive by the decoded result, after a forced GC, median of 7):

${memoryTable.join('\n')}

## Goals

The issue's ratio goals are measured on the documented body, as the issue's own table was; the
long bodies check that the cost grows linearly (per byte), and the long Cyrillic body carries the
goal against V8's native \`decodeURIComponent\`. Hostile bodies are compared per byte with the
documented body's form parse, limit errors per byte with a normal parse.

${goalTable.join('\n')}

## How it got here

Profiled with \`node --cpu-prof\`; each step kept PHP parity (the differential corpus) and the
property tests green:

- Names as \`http_build_query\` writes them are parsed on the encoded text, and each parsed name is
  remembered with the name that followed it, so a body of a known shape costs one \`===\` a name.
- A value is sliced when it has no \`%\` or \`+\` (found with forward-only cursors) and decoded by
  the native \`decodeURIComponent\` when it is short (1 KB or less).
- Every other component (a long value; every component of a binary or lone-surrogate body; a
  short one \`decodeURIComponent\` refuses) is decoded in one pass over its UTF-8 bytes
  (\`TextEncoder.encodeInto\` into a scratch buffer kept between calls, at most 256 KiB of bytes
  and 512 KiB of code units): \`%XX\` escapes and literal bytes are read
  as UTF-8 on the spot into UTF-16 code units, invalid sequences become U+FFFD as \`TextDecoder\`
  has them, then one native \`TextDecoder('utf-16le')\` call makes the string
  (\`String.fromCharCode\` in chunks where a runtime lacks \`utf-16le\`). The hot loop takes a
  literal or escaped ASCII byte and an escaped two-byte sequence (every Cyrillic letter) itself
  and hands anything else to a separate function, so that it stays small; as one function with
  its caller V8 deoptimized it on every call. On Node 20 the native UTF-8 decoder costs about
  4 ns a non-ASCII byte; the JavaScript loop does the UTF-8 work for about 1.3 ns an encoded
  byte, and the UTF-16 decode only copies. The one decoder is also the exact path, so the fast
  path cannot differ from it; property tests hold it against a plain reference
  (\`test/support/referenceDecode.ts\`: the bytes, PHP's \`urldecode\`, \`TextDecoder\`).
- A name that repeats the previous one but for its last key goes straight into the same map.
- Maps are \`null\`-prototype objects created in V8's fast mode.
- Validation runs a check compiled from the valibot schemas (no allocation for valid input; an
  entry is read once); valibot itself runs only for invalid input, to word the issues.
- A JSON body that already has the wire shape is not copied (checked with \`Object.keys\`, half
  the cost of \`for…in\` with \`Object.hasOwn\`).
- Hostile names in linear time: an unclosed first bracket of a long name is rewritten a char code
  at a time into a typed array, not by a regular expression (1 MB of \`[\` fell from about 110 ms
  to under 10 ms); runs of \`&\` are skipped a char at a time; \`[]\` appends keep their next index
  as a number up to 15 digits, and a map an insert has just created is not tracked.
- \`maxMaps\` (default 2,000): each map costs V8 about 200 bytes and half a microsecond, so
  1 MB of \`a[][]…[]=1&\` made 320,000 maps (about 70 MB and 160 ms); it is now refused at the
  2,001st map, about 1 ms.

## What stays out of reach, and what would reach it

Profiled with \`node --cpu-prof\` (self time); the rows above give the best figures.

- *The documented body within 2x \`JSON.parse\`* (decodeForm), *the form parse 10x faster than
  qs + zod*, and *\`parseImCommandAdd\` on JSON within 2x \`JSON.parse\`*. Best over the runs of
  this change: decodeForm 2.31x, the JSON parse 2.13x, the form parse 10.7x faster than qs + zod
  (the tables above are one run). The documented body has 100 short parameters. decodeForm's time is per parameter, about 190 ns each: the name lookup
  (a slice and one comparison, 23 %), the split loop with its \`indexOf\` calls for \`&\`, \`=\` and
  \`%\` (26 %), the map store (19 %), the value (10 %) and the same-parent test (6 %); no one part
  is large enough that removing it reaches 2x, and \`JSON.parse\` does the same work natively
  in one pass. The form parse adds validation and normalization (about 6 µs) to it, so 10x qs + zod
  holds only in quiet runs (8.3x to 10.7x over the runs of this change) and would need
  decodeForm near 1.7x \`JSON.parse\` to hold in every run. On JSON, \`JSON.parse\` itself is
  about 45 % of the parse; the compiled check (18 %), the wire-tree walk (8 %) and the
  normalized objects and \`Date\`s (12 %) make the rest, each already a single pass over the
  fields it needs. What would reach these goals: a WebAssembly splitter that scans, splits and
  percent-decodes a body in one SIMD pass and hands back offsets, leaving only the map stores in
  JavaScript (a native addon is ruled out); for JSON, a check and normalization generated as
  straight-line code per event (one function, no closures), which needs \`new Function\` and so
  is not possible on edge runtimes that forbid it.
- *The long Cyrillic body within 1.0x \`decodeURIComponent\`*: met or missed by a few percent
  from one run to the next (0.83x to 1.13x over the runs of this change). The body carries its
  150 KB message twice (\`MESSAGE\` and \`COMMAND_PARAMS\`); each is encoded in 8 µs, decoded by
  the byte loop at about 1.3 ns an encoded byte (about 200 µs; 6 bytes and one table lookup per
  hex digit for every letter) and turned into a string by the native UTF-16 decoder (25 µs);
  the splits' \`indexOf\` scans and the NUL check add about 30 µs over the body. V8's
  \`decodeURIComponent\` costs about 2 ns a byte, so the margin is the rest of the work. What
  would make it sure: the WebAssembly decoder below (SIMD finds the escapes 16 bytes at a time),
  or decoding the shared tail of the two values once.
- *Hostile many keys* (10,000 short parameters in 79 KB): each new key is a property store that
  interns the key string, about 220 ns (PHP's own \`parse_str\` does the same work), and the
  refused body is worded by valibot, whose loose objects copy the 10,000 unknown keys. A body so
  short per parameter buys more than 3x the documented body's cost a byte; \`maxParams\` bounds
  the total (about 5 ms).
- *Hostile many appends* and *nested appends up to maxMaps*: the cost is a store into a growing
  elements store, and a new map for each group; per byte these bodies cost what V8 charges for
  an object, whatever the limit. \`maxParams\` and \`maxMaps\` bound the total (about 1 ms each).
`;
// The load section (npm run bench:load) and the notes after it are kept as they are.
const page = new URL('../docs/performance.md', import.meta.url);
writeFileSync(page, report + loadTail(readFileSync(page, 'utf8')));
process.stdout.write(`${machine}\n\n${table.join('\n')}\n\n${goalTable.join('\n')}\n`);
