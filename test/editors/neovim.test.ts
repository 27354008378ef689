import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFixture, ROOT } from '../support/fixtures';

// docs/editors.md's Neovim 0.7 set-up, run as written in headless Neovim
// (Debian's neovim package; test/editors/setup-neovim.sh installs it) against
// the CLI package's handoff-language-server bin: open a packet, edit it, see
// the problem, apply the quick fix from the code action menu.

const BIN = join(ROOT, 'packages', 'cli', 'dist', 'language-server.js');
const DOC_CMD = "cmd = { 'handoff-language-server', '--stdio' },";

/** The Lua block under the "Neovim 0.7" heading of docs/editors.md, with its command pointed at the built bin. */
function neovimSetupFromDocs(): string {
  const doc = readFileSync(join(ROOT, 'docs', 'editors.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Neovim 0.7'));
  const block = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'docs/editors.md has a Lua block for Neovim 0.7');
  assert.ok(block.includes(DOC_CMD), 'the documented set-up runs handoff-language-server');
  return block.replace(DOC_CMD, `cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(BIN)}, '--stdio' },`);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('Neovim 0.7 with the documented set-up: diagnostics after an edit, and a quick fix applied', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-nvim-'));
  try {
    const packet = readFixture('valid/partner-triage/handoff.yaml');
    mkdirSync(join(dir, 'packet'));
    writeFileSync(join(dir, 'packet', 'handoff.yaml'), packet);
    writeFileSync(join(dir, 'packet', 'notes.yaml'), 'notes: plain YAML, not a packet\n');
    writeFileSync(join(dir, 'init.lua'), neovimSetupFromDocs());
    copyFileSync(join(ROOT, 'test', 'editors', 'neovim-driver.lua'), join(dir, 'driver.lua'));
    const out = join(dir, 'result.json');
    // Neovim's own state (log, shada, swap) stays in the temporary folder.
    const env = {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      HANDOFF_NVIM_OUT: out,
      HANDOFF_NVIM_PLAIN: join(dir, 'packet', 'notes.yaml'),
    };
    const nvim = await run('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'init.lua'), join(dir, 'packet', 'handoff.yaml'), '-c', `luafile ${join(dir, 'driver.lua')}`], env, dir);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      failed?: string;
      initial: number;
      line: number;
      problem: { message: string; line: number; severity: number };
      offered: string[];
      text: string;
      plainYamlClients: number;
    };
    assert.equal(result.failed, undefined, `${result.failed}\n${nvim.stderr}`);
    assert.equal(nvim.code, 0, nvim.stderr);
    assert.equal(result.initial, 0, 'the example packet checks clean');
    assert.equal(result.problem.line, result.line);
    assert.match(result.problem.message, /"aproval" is not allowed for `authority`/);
    assert.equal(result.problem.severity, 1, 'an error');
    assert.ok(result.offered.includes('Change to `approval`'), JSON.stringify(result.offered));
    assert.equal(result.text, packet, 'the fix restores the packet exactly');
    assert.equal(result.plainYamlClients, 0, 'other YAML files get no handoff server');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
