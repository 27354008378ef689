import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES, ruleDocsUrl } from '../../packet/src/rules/catalog';
import { ROOT } from '../support/fixtures';

// What a VS Code user expects of an extension's manifest, checked against the
// files that ship. The rules setting is generated from the catalog, so a new
// rule that was not written into package.json fails here with the fix to run.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const settings = pkg.contributes.configuration.properties;
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string as a user reads it: `%key%` looked up in package.nls.json. */
const english = (s: string) => s.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
const REGENERATE = 'package.json is out of date with packet/src/rules/catalog.ts: run `node --import tsx scripts/generate-manifest-rules.mjs`';

describe('manifest conventions', () => {
  it('handoff.rules lists exactly the catalog, as scripts/generate-manifest-rules.mjs writes it', async () => {
    const { rulesSetting } = await import('../../scripts/generate-manifest-rules.mjs');
    const listed = Object.keys(settings['handoff.rules'].properties ?? {});
    assert.deepEqual(listed, RULES.map((r) => r.id), REGENERATE);
    assert.deepEqual(settings['handoff.rules'], rulesSetting(RULES, ruleDocsUrl), REGENERATE);
  });

  it('every rule id explains itself and its severities, and an unknown id is not allowed', () => {
    const rules = settings['handoff.rules'];
    assert.equal(rules.additionalProperties, false);
    for (const r of RULES) {
      const p = rules.properties[r.id];
      assert.ok(p.description.startsWith(r.title), r.id);
      assert.deepEqual(p.enum, ['off', 'info', 'warning', 'error'], r.id);
      assert.equal(p.enumDescriptions.length, p.enum.length, r.id);
      assert.match(p.enumDescriptions[p.enum.indexOf(r.defaultSeverity)], /default/i, `${r.id}: the default severity is not marked`);
    }
  });

  it('the server trace setting is declared under the language client id', () => {
    const trace = settings['handoff.trace.server'];
    assert.deepEqual(trace?.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace.default, 'off');
    // vscode-languageclient reads `<client id>.trace.server`: the id must be `handoff`.
    // Both mains (desktop and web) make their client with this id.
    const client = readFileSync(join(ROOT, 'client', 'src', 'start-client.ts'), 'utf8');
    assert.match(client, /export const CLIENT_ID = 'handoff';/);
  });

  it('the size limits are integers', () => {
    for (const key of ['handoff.limits.maxBytes', 'handoff.limits.fullCheckBytes']) {
      assert.equal(settings[key].type, 'integer', key);
      assert.ok(Number.isInteger(settings[key].default), key);
    }
  });

  it('the package has an icon of a size the marketplace takes, a changelog, keywords, bugs and homepage', () => {
    const icon = readFileSync(join(ROOT, pkg.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    assert.ok(width === height && (width === 128 || width === 256), `icon is ${width}x${height}`);
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.ok(changelog.includes(`## ${pkg.version}`), `CHANGELOG.md has no entry for ${pkg.version}`);
    assert.ok(pkg.keywords.length > 0 && pkg.keywords.length <= 30);
    assert.match(pkg.bugs.url, /^https:\/\//);
    assert.match(pkg.homepage, /^https:\/\//);
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.ok(/^!media\/\*$/m.test(ignore) || ignore.includes(`!${pkg.icon}`), 'the icon is not packaged');
  });

  it('every file the manifest points to exists', () => {
    const paths = [pkg.icon, pkg.main, ...(pkg.contributes.walkthroughs ?? []).flatMap((w: { steps: { media: Record<string, unknown> }[] }) =>
      w.steps.flatMap((s) => Object.entries(s.media).filter(([k]) => k === 'markdown' || k === 'image').map(([, v]) => v as string)))];
    for (const p of paths.filter((p) => p && !p.startsWith('./dist/'))) assert.ok(existsSync(join(ROOT, p)), p);
  });

  it('the walkthrough has the five steps, each with media, a button and a completion event on a contributed command', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['create', 'fix', 'readiness', 'preview', 'export']);
    for (const step of walkthrough.steps as { id: string; description: string; media: { markdown?: string }; completionEvents: string[] }[]) {
      assert.ok(step.media.markdown && existsSync(join(ROOT, step.media.markdown)), `${step.id}: media`);
      const button = /\(command:([\w.]+)\)/.exec(english(step.description))?.[1];
      assert.ok(button && commands.has(button), `${step.id}: its button runs ${button}, not a contributed command`);
      assert.ok(step.completionEvents.includes(`onCommand:${button}`), `${step.id}: pressing its button does not complete it`);
      for (const e of step.completionEvents) assert.ok(commands.has(e.replace(/^onCommand:/, '')), `${step.id}: ${e}`);
    }
  });

  it('every contributed command is registered by the client', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.ts')) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk(join(ROOT, 'client', 'src'));
    const all = sources.join('\n');
    for (const { command } of pkg.contributes.commands as { command: string }[]) assert.ok(all.includes(`'${command}'`), `${command} is contributed but never registered`);
  });
});
