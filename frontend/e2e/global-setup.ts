import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

/**
 * Builds ./server (which embeds the already-built frontend/dist), starts it in
 * development mode on a free port and waits for /readyz. Each run gets a fresh
 * SQLite file, or the PostgreSQL database in E2E_DATABASE_URL when that is set,
 * and a directory of its own for export archives.
 * Returns the teardown that stops the server.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const workDir = await mkdtemp(join(tmpdir(), 'portal-e2e-'));
  const binary = join(workDir, 'portal');
  const logPath = join(workDir, 'server.log');

  console.log('[e2e] go build ./server');
  await run('go', ['build', '-o', binary, './server'], repoRoot);

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // Export archives go in the run's own directory, not `exports/` under the repository root
  // (the default), where another checkout's run or a tidy-up could remove them mid-build.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: baseURL,
    DEV_MODE: 'true',
    EXPORT_DIR: join(workDir, 'exports'),
  };
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  } else {
    env.SQLITE_PATH = join(workDir, 'portal.db');
  }

  const log = createWriteStream(logPath);
  const server = spawn(binary, [], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(log);
  server.stderr.pipe(log);

  const teardown = async () => {
    await stop(server);
    log.end();
    // Keep the server's JSON log next to Playwright's traces for debugging CI.
    await mkdir(join(repoRoot, 'test-results'), { recursive: true });
    await copyFile(logPath, join(repoRoot, 'test-results', 'portal-server.log')).catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(`${baseURL}/readyz`, server);
  } catch (err) {
    const tail = (await readFile(logPath, 'utf8').catch(() => '')).split('\n').slice(-30).join('\n');
    await teardown();
    throw new Error(`${(err as Error).message}\n--- last server log lines ---\n${tail}`);
  }

  console.log(`[e2e] portal ready at ${baseURL} (${env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`);
  // Workers are started after global setup and inherit this; see fixtures.ts.
  process.env.PORTAL_URL = baseURL;
  return teardown;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Asks the OS for an unused port; the tiny race before the server binds it is acceptable for tests. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`portal server exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`portal server was not ready at ${url} within ${READY_TIMEOUT_MS / 1000}s`);
}

/** SIGTERM for a graceful shutdown, SIGKILL if it hangs. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
