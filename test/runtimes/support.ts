import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The repository's root: the runtimes run from there. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A runtime binary that answered `--version`, or why there is none. */
export type Runtime =
  | { readonly name: string; readonly path: string; readonly version: string }
  | { readonly name: string; readonly path?: undefined; readonly reason: string };

/** Environment for the runtimes: no update checks, no colours, no telemetry. */
export const RUNTIME_ENV = {
  ...process.env,
  DENO_NO_UPDATE_CHECK: '1',
  NO_COLOR: '1',
  DO_NOT_TRACK: '1',
};

function subdirectories(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(path, entry.name));
  } catch {
    return [];
  }
}

/**
 * Finds the binary the npm package installed. The packages `bun` and `deno` bring their binary in
 * a per-platform optional dependency (`@oven/bun-<platform>`, `@deno/<platform>`); their own
 * postinstall script only moves it into the main package, and npm may skip that script. So both
 * places are tried, and a candidate counts only when it answers `--version`.
 */
function findRuntime(name: string, candidates: string[]): Runtime {
  const tried: string[] = [];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const result = spawnSync(path, ['--version'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: RUNTIME_ENV,
    });
    const version = result.stdout?.split('\n')[0]?.trim() ?? '';
    if (result.status === 0 && version !== '') return { name, path, version };
    tried.push(
      `${path.slice(ROOT.length)} (${result.error?.message ?? `exit ${result.status}: ${(result.stderr ?? '').split('\n')[0]}`})`,
    );
  }
  const reason =
    tried.length === 0
      ? `no ${name} binary under node_modules (npm install installs the devDependency '${name}' with its per-platform package)`
      : `no ${name} binary under node_modules answers --version: ${tried.join('; ')}`;
  return { name, reason };
}

export function findBun(): Runtime {
  const modules = join(ROOT, 'node_modules');
  return findRuntime('bun', [
    join(modules, 'bun/bin/bun.exe'), // after bun's postinstall
    ...subdirectories(join(modules, '@oven')).map((dir) => join(dir, 'bin/bun')),
  ]);
}

export function findDeno(): Runtime {
  const modules = join(ROOT, 'node_modules');
  return findRuntime('deno', [
    join(modules, 'deno/deno'), // after deno's postinstall
    ...subdirectories(join(modules, '@deno')).map((dir) => join(dir, 'deno')),
  ]);
}

/**
 * Whether the environment says this is a CI run: `CI` set to anything but empty, `0` or `false`
 * (any case, spaces around ignored), as CI services set it (`true`, `1`) and `.ci/run` does.
 */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * What to do with a runtime's tests: run them when its binary was found; without one, fail in CI
 * (a CI run that quietly tests one runtime out of three passes for the wrong reason) and skip,
 * with the reason printed, elsewhere.
 *
 * @param env The environment, for `CI`.
 * @param found Whether the runtime's binary was found.
 */
export function runtimeRequirement(
  env: Readonly<Record<string, string | undefined>>,
  found: boolean,
): 'run' | 'skip' | 'fail' {
  if (found) return 'run';
  return isCi(env) ? 'fail' : 'skip';
}

/** Runs a script to its end and gives its standard output. */
export function runScript(command: string, args: string[]): string {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: RUNTIME_ENV,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** A server process started by a test, with what it printed. */
export interface ServerProcess {
  readonly url: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/**
 * Starts a recipe that prints `listening on http://127.0.0.1:PORT/bot` and waits for that line.
 * The process is killed (by its own id) by `stop`, or at once when it does not come up.
 */
export function startServer(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...RUNTIME_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} did not start listening within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/bot)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code ?? signal}) before listening:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The four documented examples. */
export const DOCUMENTED = ['en-private', 'en-group', 'ru-private', 'ru-group'] as const;

function fixture(name: string): string {
  return readFileSync(join(ROOT, 'fixtures/onimcommandadd', name), 'utf8');
}

interface ScriptOutput {
  runtime: string;
  results: Record<string, Record<string, unknown>>;
  decoded: { longCyrillic: string; broken: string };
}

const SCRIPT = 'test/runtimes/parse-documented.mjs';

/** The Node run of the same script, computed once per test file. */
let nodeOutput: ScriptOutput | undefined;
function node(): ScriptOutput {
  nodeOutput ??= JSON.parse(runScript(process.execPath, [SCRIPT])) as ScriptOutput;
  return nodeOutput;
}

/**
 * The tests every runtime passes: the built library parses the documented examples to exactly the
 * expected output (and to what Node gives), and the runtime's own recipe answers over HTTP.
 *
 * @param runtime The runtime found, or why it was not.
 * @param scriptArgs The arguments that run a script file with this runtime.
 * @param recipe The arguments that run this runtime's recipe (a server).
 */
export function describeRuntime(
  runtime: Runtime,
  scriptArgs: (script: string) => string[],
  recipe: string[],
): void {
  const requirement = runtimeRequirement(process.env, runtime.path !== undefined);
  if (runtime.path === undefined && requirement === 'fail') {
    describe(`${runtime.name} (missing)`, () => {
      it('has a binary, as CI requires', () => {
        throw new Error(
          `${runtime.name} is missing and CI=${process.env.CI} requires it (unset CI to skip): ${runtime.reason}`,
        );
      });
    });
    return;
  }
  if (runtime.path === undefined) {
    // Printed so that a skipped run says why; the tests below are then reported as skipped.
    console.warn(`[test/runtimes] ${runtime.name} tests skipped: ${runtime.reason}`);
  }
  const title =
    runtime.path === undefined
      ? `${runtime.name} (skipped: ${runtime.reason})`
      : `${runtime.name} (${runtime.version})`;

  describe.skipIf(runtime.path === undefined)(title, () => {
    const path = runtime.path ?? '';

    beforeAll(() => {
      if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/index.cjs'))) {
        throw new Error('dist/ is missing: run npm run build first (npm test does)');
      }
    });

    it('parses the four documented examples with dist/ exactly as expected, and as Node does', () => {
      const output = JSON.parse(runScript(path, scriptArgs(SCRIPT))) as ScriptOutput;
      expect(output.runtime.startsWith(runtime.name)).toBe(true);
      const ways = Object.keys(output.results);
      expect(ways).toEqual(['esmBytes', 'esmText', 'esmRequest', 'cjsBytes']);
      for (const way of ways) {
        for (const name of DOCUMENTED) {
          const expected: unknown = JSON.parse(fixture(`${name}.expected.json`));
          expect(output.results[way]?.[name], `${way} ${name}`).toEqual(expected);
        }
      }
      expect(output.results).toEqual(node().results);
    });

    it('decodes long values (the byte decoder and its UTF-16 step) exactly as Node does', () => {
      const output = JSON.parse(runScript(path, scriptArgs(SCRIPT))) as ScriptOutput;
      const message = (
        JSON.parse(readFileSync(join(ROOT, 'fixtures/bench/long-cyrillic.json'), 'utf8')) as {
          data: { PARAMS: { MESSAGE: string } };
        }
      ).data.PARAMS.MESSAGE;
      expect(output.decoded.longCyrillic).toBe(message);
      expect(output.decoded.broken).toContain('я\ufffd\ufffd%%ZZ😀');
      expect(output.decoded).toEqual(node().decoded);
    });

    describe(`its recipe (${recipe.join(' ')})`, () => {
      const token = (JSON.parse(fixture('en-group.expected.json')) as ScriptAuth).auth;
      let server: ServerProcess | undefined;

      beforeAll(async () => {
        server = await startServer(path, recipe, {
          B24_APPLICATION_TOKEN: token.applicationToken,
          PORT: '0',
          HOST: '127.0.0.1',
        });
      });
      afterAll(async () => {
        await server?.stop();
      });

      function post(body: string, contentType = 'application/x-www-form-urlencoded') {
        return fetch(server?.url ?? '', {
          method: 'POST',
          body,
          headers: { 'content-type': contentType },
        });
      }

      it('answers the documented group command, 401 to a wrong token, 400 to a broken body, 415 to text, 405 to a GET', async () => {
        const form = fixture('en-group.form.txt');
        const ok = await post(form);
        expect(ok.status).toBe(200);
        expect(await ok.json()).toEqual({
          command: 'echo',
          params: 'test',
          dialogId: 'chat2725',
          commandId: 99,
        });

        const wrong = form.replace(
          /(^|&)auth%5Bapplication_token%5D=[0-9a-f]+/,
          '$1auth%5Bapplication_token%5D=0123456789abcdef0123456789abcdef',
        );
        expect(wrong).not.toBe(form);
        const unauthorized = await post(wrong);
        expect(unauthorized.status).toBe(401);
        await unauthorized.arrayBuffer();

        // Cut in half, with the top-level auth block (which comes last) put back: the token is
        // checked before validation, so the half alone would be a 401.
        const half = form.slice(0, form.length / 2);
        const broken = await post(`${half}&${form.slice(form.indexOf('&auth%5B') + 1)}`);
        expect(broken.status).toBe(400);
        expect(await broken.json()).toEqual({ error: 'invalid_payload' });

        // The handler's contract: 415 to a content type but form or JSON, 405 but to POST.
        const text = await post('hello', 'text/plain');
        expect(text.status).toBe(415);
        expect(await text.json()).toEqual({ error: 'unsupported_content_type' });
        const get = await fetch(server?.url ?? '');
        expect(get.status).toBe(405);
        await get.arrayBuffer();

        const output = server?.output() ?? '';
        expect(output).toContain('[redacted]');
        expect(output).toContain('invalid_payload');
        for (const secret of [token.applicationToken, token.accessToken, token.refreshToken]) {
          expect(output).not.toContain(secret);
        }
      });
    });
  });
}

interface ScriptAuth {
  auth: { applicationToken: string; accessToken: string; refreshToken: string };
}
