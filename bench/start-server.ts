/** @module Starts the real Node server in a child process on a free port, and measures its cold start and memory. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = join(import.meta.dirname, '..');

export type RunningServer = {
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 on /healthz. */
  readyAfterMs: number;
  spawnedAt: number;
  /** Lines the server logged at level error (unhandled errors, failed writes…). */
  errorLogs: string[];
  /** Why the server stopped on its own (crash, out of memory…), or undefined while it runs. */
  exitReason(): string | undefined;
  rssKiB(): number;
  stop(): Promise<void>;
};

/** Servers still running, stopped if the benchmark itself exits early (an error, Ctrl-C). */
const running = new Set<(signal: NodeJS.Signals) => void>();
process.once('exit', () => {
  for (const signalGroup of running) signalGroup('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process, in KiB (Linux /proc, else `ps`). */
export function residentKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.signalCode ?? `code ${child.exitCode}`})`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms`);
}

export type Launcher = 'start' | 'tsx' | 'npx';

export type StartOptions = {
  /**
   * `start` (default) runs what `npm start` runs (`node … build/node-server.js`, built by `npm run build`).
   * `tsx` runs `node --import tsx bench/serve.ts` (the TypeScript sources, so profiles name src/ files).
   * `npx` runs `npx tsx src/node.ts`, as a developer would. `start` and `tsx` are one process: RSS is the server's.
   */
  launcher?: Launcher;
  environment?: Record<string, string>;
  /** Extra Node flags for the `start` and `tsx` launchers, e.g. `--cpu-prof`. */
  nodeArguments?: string[];
};

/** The node arguments of `npm start` (package.json `scripts.start`, which must be `node <args…>`). */
function npmStartArguments(): string[] {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  const [program, ...rest] = (packageJson.scripts?.start ?? '').trim().split(/\s+/);
  if (program !== 'node') throw new Error('bench: scripts.start must be "node <file>" to be measured');
  const entry = rest.at(-1) ?? '';
  if (!existsSync(join(ROOT, entry)))
    throw new Error(`bench: ${entry} is missing; run \`npm run build\` first`);
  return rest;
}

function command(options: StartOptions): [string, string[]] {
  const nodeArguments = options.nodeArguments ?? [];
  if (options.launcher === 'npx') return ['npx', ['tsx', 'src/node.ts']];
  if (options.launcher === 'tsx')
    return [process.execPath, [...nodeArguments, '--import', 'tsx', 'bench/serve.ts']];
  return [process.execPath, [...nodeArguments, ...npmStartArguments()]];
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: join(directory, 'assistant.db'),
    RATE_LIMIT_PER_MINUTE: '0',
    ...options.environment,
  };
  // Offline mode, open API: what the benchmark measures.
  for (const name of ['OPENAI_API_KEY', 'API_KEYS', 'LOG_QUESTIONS']) delete environment[name];
  const [program, args] = command(options);
  const spawnedAt = performance.now();
  // why: its own process group, so stopping it also stops what npx and tsx spawn below it.
  const child = spawn(program, args, {
    cwd: ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const errorLogs: string[] = [];
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.includes('"level":"error"')) errorLogs.push(line.slice(0, 500));
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  running.add(signalGroup);
  let stopping = false;
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) exitReason = `exited with ${signal ?? `code ${code}`}; stderr: ${stderr.slice(-1500)}`;
  });
  const stop = async () => {
    stopping = true;
    running.delete(signalGroup);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    // npx and tsx may exit before the server below them: make sure the whole group is gone.
    signalGroup('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    readyAfterMs: performance.now() - spawnedAt,
    spawnedAt,
    errorLogs,
    exitReason: () => exitReason,
    rssKiB: () => (exitReason ? 0 : residentKiB(pid)),
    stop,
  };
}
