/**
 * Where a server's CPU time goes, from a `node --cpu-prof` profile: self time grouped by where
 * the code lives (the package's modules by file, Node's internals, the frameworks, GC), and the
 * functions that cost most. Used by `LOAD_PROFILE=<server> npm run bench:load`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The group a function's self time counts to. */
function groupOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (url === '') return functionName === '(garbage collector)' ? 'GC' : `V8 ${functionName}`;
  const dist = url.match(/\/dist\/(.+)$/);
  if (dist !== null) return `package ${dist[1]}`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg !== null) return `dependency ${pkg[1]}`;
  if (url.startsWith('node:')) return `Node ${url.slice(5).split('/')[0]}`;
  return 'other';
}

/**
 * A summary of a CPU profile: the groups and the costliest functions, as percentages of the
 * time the process was not idle.
 */
export function summarizeProfile(file: URL, top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, time] of self) {
    const node = byId.get(id);
    if (node === undefined || node.callFrame.functionName === '(idle)') continue;
    busy += time;
    const group = groupOf(node);
    groups.set(group, (groups.get(group) ?? 0) + time);
    const where = node.callFrame.url.replace(/^.*\/(?=[^/]+$)/, '');
    const name = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const percent = (time: number) => `${((100 * time) / busy).toFixed(1)} %`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `busy ${(busy / 1e6).toFixed(1)} s; self time by group:`,
    ...sorted(groups).map(([group, time]) => `  ${percent(time).padStart(7)}  ${group}`),
    'costliest functions:',
    ...sorted(functions)
      .slice(0, top)
      .map(([name, time]) => `  ${percent(time).padStart(7)}  ${name}`),
  ].join('\n');
}

if (process.argv[1]?.endsWith('cpuProfile.ts') && process.argv[2] !== undefined) {
  process.stdout.write(
    `${summarizeProfile(new URL(process.argv[2], `file://${process.cwd()}/`))}\n`,
  );
}
