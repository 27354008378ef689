// Runs inside VS Code desktop's extension host (see run-desktop.mjs): the same
// checks as test/e2e/diagnostics.test.ts, through the `vscode` API instead of
// the screen. No test framework: `run` throws on the first failed check.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const VALID = 'valid/partner-triage/handoff.yaml';
const WRONG = 'e2e/wrong-authority/handoff.yaml';
const TIMEOUT_MS = 60_000;

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'handoff');

/** Resolves once `uri` has a diagnostic from this extension, from the event, not by polling. */
function firstDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      settle();
    };
    const check = () => {
      const list = ours(uri);
      if (list.length) done(() => resolve(list));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => done(() => reject(new Error(`no diagnostic for ${uri.fsPath} within ${TIMEOUT_MS} ms`))), TIMEOUT_MS);
    check();
  });
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'the test workspace should be open');
  const valid = vscode.Uri.joinPath(folder, VALID);
  const wrong = vscode.Uri.joinPath(folder, WRONG);

  // The server checks documents in the order they open: once the broken copy's
  // problem arrives, the valid example's (empty) result has been published too.
  const wrongSeen = firstDiagnostics(wrong);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(valid));
  const doc = await vscode.workspace.openTextDocument(wrong);
  await vscode.window.showTextDocument(doc);
  const found = await wrongSeen;

  assert.equal(doc.languageId, 'handoff');
  assert.deepEqual(ours(valid).map((d) => d.message), [], 'the bundled example should have no problem');
  assert.equal(found.length, 1, `exactly one problem expected: ${JSON.stringify(found.map((d) => d.message))}`);
  const [problem] = found;
  assert.match(problem.message, /automatic, approval, never/);
  assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
  const code = typeof problem.code === 'object' ? problem.code.value : problem.code;
  assert.equal(code, 'schema');
  const line = doc.getText().split('\n').findIndex((l) => /^\s*authority: sometimes\s*$/.test(l));
  assert.ok(line >= 0, `${WRONG} should hold \`authority: sometimes\``);
  const { start } = problem.range;
  assert.deepEqual([start.line, start.character], [line, doc.lineAt(line).text.indexOf('sometimes')]);
  console.log('handoff desktop suite: all checks passed');
}
