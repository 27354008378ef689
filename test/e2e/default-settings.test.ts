// Writing a packet in VS Code as it comes out of the box: with the editor's
// default settings (not the quiet ones the other tests use), suggestions
// open by themselves while a value or a new key is typed, the server's item
// first and no words of the document mixed in. The extension's
// configurationDefaults for [handoff] are what make this so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import { openSuggestions, waitForStatusItem, type Suggestion } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';

const describe = (list: Suggestion[]) => JSON.stringify(list);

test('with default settings, suggestions open while typing a value and a new key, the right item first', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'default-settings', fixtures: ['valid/partner-triage'], editor: 'defaults' }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(EXAMPLE);
    await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 9\/9 ready$/);
    const text = readFixture(EXAMPLE);

    // A value: empty the authority of one action and type its first letters.
    const authority = positionOf(text, 'authority: never', { after: 'id: create-company' });
    await wb.setCursor(authority.line, authority.column + 'authority: '.length);
    await wb.page.keyboard.press('Shift+End');
    await wb.page.keyboard.press('Backspace');
    await wb.page.keyboard.type('ap');
    const values = await openSuggestions(wb, (l) => l[0]?.label === 'approval');
    assert.ok(values.every((s) => s.kind !== 'text'), `no words of the document among the values: ${describe(values)}`);

    // A new key in an action that has no `reversible:` yet.
    const last = positionOf(text, 'authority: never', { after: 'id: email-applicant' });
    await wb.setCursor(last.line, last.column + 'authority: never'.length);
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('re');
    const keys = await openSuggestions(wb, (l) => l[0]?.label === 'reversible');
    assert.ok(keys.every((s) => s.kind !== 'text'), `no words of the document among the keys: ${describe(keys)}`);
  });
});
