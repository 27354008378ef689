// `npm run test:desktop`: runs test/desktop/suite.ts inside VS Code desktop
// with the extension loaded from this folder (build it first: the npm script
// does). VS Code is downloaded into .vscode-test/ unless
// HANDOFF_VSCODE_EXECUTABLE names an installed one; HANDOFF_VSCODE_VERSION
// picks a version (default: the latest stable). On Linux without a display,
// run it under xvfb-run.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = join(import.meta.dirname, '..', '..');
const fixtures = ['valid/partner-triage', 'e2e/wrong-authority'];

class Failure extends Error {}
function fail(message) {
  throw new Failure(message);
}

async function vscodeExecutable() {
  if (process.env.HANDOFF_VSCODE_EXECUTABLE) return process.env.HANDOFF_VSCODE_EXECUTABLE;
  const version = process.env.HANDOFF_VSCODE_VERSION ?? 'stable';
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: join(root, '.vscode-test'), timeout: 60_000 });
  } catch (err) {
    fail(
      `could not download VS Code desktop (${version}): ${err instanceof Error ? err.message : String(err)}\n` +
        'This suite needs the VS Code download service, or an installed VS Code named by HANDOFF_VSCODE_EXECUTABLE.\n' +
        'Without either, the same checks run in code-server: npm run test:e2e',
    );
  }
}

const work = mkdtempSync(join(tmpdir(), 'handoff-desktop-'));
try {
  // The extension host loads plain CommonJS: bundle the suite, leaving `vscode` to the host.
  const suite = join(work, 'suite', 'index.js');
  await esbuild.build({ entryPoints: [join(root, 'test', 'desktop', 'suite.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
  const workspace = join(work, 'workspace');
  for (const f of fixtures) cpSync(join(root, 'test-fixtures', f), join(workspace, f), { recursive: true });

  const executable = await vscodeExecutable();
  const code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--user-data-dir', join(work, 'user-data'),
      '--extensions-dir', join(work, 'extensions'),
      // Restricted Mode is covered by the code-server tests; here the trust prompt would only block.
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  }).catch((err) => fail(`VS Code desktop did not run the suite: ${err instanceof Error ? err.message : String(err)}`));
  process.exitCode = code;
} catch (err) {
  if (!(err instanceof Failure)) throw err;
  console.error(`test:desktop: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}
