import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/fixtures';

// The extension's own strings are localizable: the manifest's through
// package.nls.json, the client's through vscode.l10n and l10n/bundle.l10n.json.
// A string added without its entry fails here, with the command that fixes it.

const pkgText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const pkg = JSON.parse(pkgText);
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('localizable strings', () => {
  it('every %key% in package.json has its English text in package.nls.json, and every entry is used', () => {
    const keys = [...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 30, `only ${keys.length} strings are localizable`);
    for (const k of keys) assert.equal(typeof nls[k], 'string', `package.nls.json has no "${k}"`);
    const used = new Set(keys);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'package.nls.json entries nothing uses');
  });

  it('what a user reads in the manifest is a key, not English', () => {
    assert.match(pkg.displayName, /^%.+%$/);
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%.+%$/, c.command);
    for (const s of pkg.contributes.walkthroughs[0].steps) assert.match(s.title, /^%.+%$/, s.id);
  });

  it("the l10n bundle holds exactly the client's vscode.l10n.t strings", async () => {
    const { bundleText, l10nMessages, BUNDLE } = await import('../../scripts/generate-l10n-bundle.mjs');
    assert.equal(pkg.l10n, './l10n');
    assert.ok(existsSync(BUNDLE), 'l10n/bundle.l10n.json is missing: run `node scripts/generate-l10n-bundle.mjs`');
    const messages = l10nMessages();
    assert.ok(messages.length > 20, `only ${messages.length} client strings go through l10n.t`);
    assert.equal(readFileSync(BUNDLE, 'utf8'), bundleText(messages), 'l10n/bundle.l10n.json is out of date: run `node scripts/generate-l10n-bundle.mjs`');
  });

  it('the package ships both', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!package\.nls\.json$/m);
    assert.match(ignore, /^!l10n\/\*\.json$/m);
  });
});
