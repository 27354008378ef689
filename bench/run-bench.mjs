// Starts the benchmark under Node 24, which yaml-language-server needs; both
// servers then run under that same Node. test/e2e/setup-code-server.sh
// installs Node 24 into its cache (or finds it there) and prints the cache dir.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!existsSync(join(ROOT, 'dist/server.js'))) fail('dist/server.js is missing; run `npm run build` first.');
if (!existsSync(join(ROOT, 'node_modules/yaml-language-server/package.json'))) fail('yaml-language-server is not installed; run `npm ci`.');

const setup = spawnSync('bash', [join(ROOT, 'test/e2e/setup-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 30 * 60_000 });
if (setup.status !== 0) fail(`test/e2e/setup-code-server.sh failed (${setup.error?.message ?? `exit ${setup.status}`}).`);
const cache = setup.stdout.trim().split('\n').pop();
const node24 = join(cache, 'node24/node_modules/node/bin/node');
if (!existsSync(node24)) fail(`no Node 24 at ${node24} after the set-up script.`);

const child = spawn(node24, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/bench.ts'), ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
// The whole run is bounded too: a wedged run is ended, and its servers with it.
const limit = setTimeout(() => {
  console.error('bench: still running after 60 minutes; stopping it.');
  child.kill('SIGINT');
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
}, 60 * 60_000);
child.on('exit', (code, signal) => {
  clearTimeout(limit);
  process.exit(code ?? (signal ? 1 : 0));
});
