// `npm run test:e2e`: packages the extension, makes sure code-server and
// Chromium are installed, then runs only the real-VS-Code tests. Arguments
// name test files to run instead of all of test/e2e/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', '--silent', 'package']);
const out = execFileSync('bash', ['test/e2e/setup-code-server.sh'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.env.HANDOFF_E2E_CACHE = out.trim().split('\n').pop();

const chosen = process.argv.slice(2);
const files = chosen.length
  ? chosen
  : readdirSync(join(root, 'test', 'e2e'))
      .filter((n) => n.endsWith('.test.ts'))
      .sort()
      .map((n) => relative(root, join(root, 'test', 'e2e', n)));
try {
  run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files]);
} catch (err) {
  process.exitCode = err.status ?? 1;
}
