// Format Document in a real VS Code: the bundled examples, edited, and a copy
// re-indented with four spaces come out as the formatter's two-space text,
// and not one comment is lost on the way.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { commentTexts, formatPacketText } from '../../packet/src';
import { withVsCode } from '../support/e2e-harness';
import { readFixture, validExamples } from '../support/fixtures';
import type { Workbench } from '../support/e2e-workbench';

const read = (ws: string, rel: string) => readFileSync(join(ws, rel), 'utf8');

/** Waits until the language server has analysed the active packet: its readiness shows in the status bar. */
async function serverReady(wb: Workbench): Promise<void> {
  await wb.waitFor('the readiness item in the status bar', async () => (await wb.statusBarItems()).some((i) => /Handoff: \d+\/\d+ ready/.test(i.text)));
}

/** Formats the active editor, waits until it shows the formatted text, then saves it. */
async function formatAndSave(wb: Workbench, ws: string, rel: string, want: string): Promise<void> {
  await serverReady(wb);
  await wb.runCommand('Format Document');
  const lines = want.split('\n');
  // The edit arrives asynchronously: wait until the lines on screen are the formatted ones.
  await wb.waitFor(
    `the formatted text in the editor of ${rel}`,
    async () => {
      const shown = (await wb.visibleText()).split('\n');
      return shown.length > 5 && shown.every((l, i) => l === lines[i]);
    },
    () => 'not formatted on screen',
  );
  await wb.page.keyboard.press('Control+S');
  await wb.waitFor(`${rel} saved formatted`, async () => read(ws, rel) === want, () => read(ws, rel).slice(0, 400));
}

test('Format Document keeps every comment of the bundled examples and re-indents a four-space packet', { timeout: 300_000 }, async () => {
  const examples = validExamples().map((e) => e.name);
  const wide = parseDocument(readFixture(examples[0])).toString({ indent: 4, lineWidth: 0 });
  await withVsCode(
    {
      name: 'format',
      fixtures: examples.map((e) => e.slice(0, e.lastIndexOf('/'))),
      prepare: (ws) => {
        mkdirSync(join(ws, 'wide'));
        writeFileSync(join(ws, 'wide', 'handoff.yaml'), wide);
      },
    },
    async (vs) => {
      const wb = vs.workbench;
      const want = formatPacketText(wide);
      assert.notEqual(want, wide, 'the four-space copy should need formatting');
      assert.match(want, /\n {2}\S/, 'the formatter indents by two spaces');
      await wb.openFile('wide/handoff.yaml');
      await formatAndSave(wb, vs.workspace, 'wide/handoff.yaml', want);
      assert.deepEqual(commentTexts(read(vs.workspace, 'wide/handoff.yaml')), commentTexts(wide));
      for (const rel of examples) {
        const text = readFixture(rel);
        // Edit, then format: the edit is kept, and so is every comment.
        await wb.openFile(rel);
        await wb.typeAt(1, 1, '# formatted in the editor\n');
        await formatAndSave(wb, vs.workspace, rel, formatPacketText(`# formatted in the editor\n${text}`));
        assert.deepEqual(commentTexts(read(vs.workspace, rel)), ['# formatted in the editor', ...commentTexts(text)], rel);
      }
    },
  );
});
