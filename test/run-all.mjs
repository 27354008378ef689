// `npm test`: builds, packages the extension, prepares the real-VS-Code
// harness and headless Neovim, then runs every test file (library, server,
// other editors, VS Code) in one
// node --test run so there is one closing summary.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const only = process.argv.slice(2); // e.g. `npm test -- unit server` runs those kinds only
const kinds = only.length ? only : ['unit', 'server', 'editors', 'e2e'];

function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.test\.(ts|mjs)$/.test(name)) out.push(full);
    }
  };
  walk(join(root, 'test', dir));
  return out;
}

run('node', ['esbuild.mjs']);
run('npx', ['tsc', '--noEmit', '-p', '.']);
// Other editors' LSP clients (headless Neovim), installed from the system's packages when missing.
if (kinds.includes('editors')) run('bash', ['test/editors/setup-neovim.sh']);
if (kinds.includes('e2e')) {
  run('npm', ['run', '--silent', 'package']);
  const cache = execFileSync('bash', ['test/e2e/setup-code-server.sh'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  process.env.HANDOFF_E2E_CACHE = cache;
}
const files = kinds.flatMap(testFiles);
try {
  run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files]);
} catch (err) {
  process.exitCode = err.status ?? 1;
}
