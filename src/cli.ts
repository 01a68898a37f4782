#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { runCli } from './cli/runCli.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await runCli({
  argv: process.argv.slice(2),
  read: (path) => (path === '-' ? readStdin() : readFile(path)),
  stdinIsTerminal: process.stdin.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  version,
  fetch: (url, init) => globalThis.fetch(url, init),
});
process.exitCode = code;
