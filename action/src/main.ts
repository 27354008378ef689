// The GitHub Action's entry (action.yml): runs `handoff check` and, on a pull
// request, `handoff diff --git <base>` in this process, on the runner's own
// Node, with nothing to install. Annotations go to the log as workflow
// commands, the readiness table to the job summary, the change impact to one
// pull-request comment that each push edits.
import { appendFileSync, readFileSync } from 'node:fs';
import { run } from '../../cli/src/run';
import { readInputs } from './inputs';
import { upsertComment } from './pr-comment';
import { jobSummary } from './summary';

type Env = Record<string, string | undefined>;

function cli(args: string[], cwd: string, env: Env): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  // Colour off whatever FORCE_COLOR the workflow sets: these outputs are parsed or posted.
  const code = run(args, { cwd, env: { ...env, FORCE_COLOR: '0' }, out: (t) => void (out += t), err: (t) => void (err += t), stdoutIsTty: false, readStdin: () => Buffer.alloc(0) });
  return { code, out, err };
}

const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

async function main(env: Env): Promise<number> {
  const inputs = readInputs(env);
  const cwd = env.GITHUB_WORKSPACE || process.cwd();

  const annotations = cli(['check', '--format', 'github', ...inputs.paths], cwd, env);
  process.stdout.write(annotations.out);
  if (annotations.code === 2) {
    // A usage, config or read error: say it where the run's page shows it.
    process.stdout.write(`::error title=handoff check::${escape(annotations.err.replace(/^handoff: /, '').trim())}\n`);
    return 2;
  }

  const json = cli(['check', '--format', 'json', ...inputs.paths], cwd, env);
  const summary = JSON.parse(json.out).summary as { errors: number; warnings: number; unreadable: number };
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(json.out));

  if (inputs.sarifFile) {
    const sarif = cli(['check', '--format', 'sarif', '-o', inputs.sarifFile, ...inputs.paths], cwd, env);
    if (sarif.code === 2) process.stdout.write(`::warning title=handoff SARIF::${escape(sarif.err.trim())}\n`);
  }

  // A comment that cannot be posted (a fork's read-only token) does not fail the check.
  if (inputs.comment) {
    await commentOnPullRequest(inputs.paths, inputs.token, cwd, env).catch((err: unknown) => {
      process.stdout.write(`::warning title=handoff change impact::${escape(`No change-impact comment: ${err instanceof Error ? err.message : String(err)}`)}\n`);
    });
  }

  if (summary.unreadable > 0) return 2;
  if (inputs.failOn === 'never') return 0;
  if (summary.errors > 0) return 1;
  if (inputs.failOn === 'warning' && summary.warnings > 0) return 1;
  return 0;
}

async function commentOnPullRequest(paths: string[], token: string | undefined, cwd: string, env: Env): Promise<void> {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target') return;
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { number: number; base?: { sha?: string } } };
  const pr = event.pull_request;
  const base = pr?.base?.sha;
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!pr || !base || !owner || !name) return;
  if (!token) {
    process.stdout.write('::warning title=handoff change impact::No github-token, so no change-impact comment.\n');
    return;
  }
  const markdown = cli(['diff', '--git', base, '--format', 'markdown', ...paths], cwd, env);
  if (markdown.code === 2) {
    // Most often a shallow checkout without the base commit: say how to fix it.
    process.stdout.write(`::warning title=handoff change impact::${escape(`${markdown.err.trim()} (check out with fetch-depth: 0 so the base commit is there)`)}\n`);
    return;
  }
  const json = JSON.parse(cli(['diff', '--git', base, '--format', 'json', ...paths], cwd, env).out) as { files: { status: string; changes: unknown[] }[] };
  const hasChanges = json.files.some((f) => f.status === 'added' || f.changes.length > 0);
  const repo = { api: env.GITHUB_API_URL || 'https://api.github.com', owner, name, token };
  const what = await upsertComment(repo, pr.number, markdown.out, hasChanges);
  process.stdout.write(`Change-impact comment ${what} on #${pr.number}.\n`);
}

main(process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stdout.write(`::error title=handoff::${escape(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  },
);
