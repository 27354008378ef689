import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_IDS, type LineIndex, type PacketDiagnostic, type Severity } from '../../../packet/src';
import { fixAll, fixesFor, startFromSkeleton, type TextEdit } from '../../../packet/src/fixes';
import { guard } from '../guard';
import type { DiagnosticData } from '../lsp-diagnostic';
import { toRange, toSpan } from '../ranges';
import type { Feature, ServerContext } from '../server-context';

/** "Fix all handoff problems": its own kind, so `source.fixAll` on save includes it and users can pick it alone. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.handoff`;

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/**
 * Quick fixes for the diagnostics in the request (read back from their
 * `data.fix`), and one action that applies every safe fix. LSP 3.17 has no
 * snippet edits in a WorkspaceEdit, so placeholders are plain `TODO:` text.
 */
export const codeActions: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeAction(
      guard(ctx.connection, 'codeAction', [], (params: CodeActionParams): CodeAction[] => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return [];
        const { analysis, document } = entry;
        const lines = analysis.parsed.lines;
        const only = params.context.only;
        const out: CodeAction[] = [];
        if (wants(only, CodeActionKind.QuickFix)) {
          for (const d of params.context.diagnostics) {
            const pd = fromLsp(d, lines);
            if (!pd) continue;
            for (const fix of fixesFor(analysis, pd)) {
              out.push({
                title: fix.title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [d],
                isPreferred: fix.isPreferred,
                edit: workspaceEdit(ctx, document, fix.edits, lines),
              });
            }
          }
          // Offered anywhere in a file with no content yet, with or without its diagnostic in the request.
          const start = startFromSkeleton(analysis.text);
          if (start) {
            out.push({
              title: start.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: params.context.diagnostics.filter((d) => d.code === 'yaml-syntax' && d.range.start.line === 0),
              isPreferred: start.isPreferred,
              edit: workspaceEdit(ctx, document, start.edits, lines),
            });
          }
        }
        if (wants(only, FIX_ALL_KIND)) {
          const edits = fixAll(analysis, analysis.diagnostics(ctx.settings.for(document.uri)), { check: ctx.settings.for(document.uri) });
          if (edits.length > 0) out.push({ title: 'Fix all handoff problems', kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, document, edits, lines) });
        }
        return out;
      }),
    );
  },
};

/** Whether the request's `only` filter (a list of kind prefixes) admits `kind`. */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => k === '' || kind === k || kind.startsWith(`${k}.`));
}

/** The library's diagnostic back from the editor's copy: rule from `code`, fix from `data`. */
function fromLsp(d: Diagnostic, lines: LineIndex): PacketDiagnostic | undefined {
  const rule = typeof d.code === 'string' ? d.code : undefined;
  const fix = (d.data as DiagnosticData | undefined)?.fix;
  if (!rule || !RULE_IDS.has(rule) || !fix || typeof fix !== 'object' || typeof (fix as { fix?: unknown }).fix !== 'string') return undefined;
  return { rule, severity: SEVERITY[d.severity ?? 1] ?? 'error', message: d.message, span: toSpan(lines, d.range), data: fix };
}

function workspaceEdit(ctx: ServerContext, document: TextDocument, edits: readonly TextEdit[], lines: LineIndex): WorkspaceEdit {
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: toRange(lines, e), newText: e.newText }));
  // With versioned edits the editor refuses to apply a fix to text that moved on since.
  if (ctx.client.capabilities.workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lsp }] };
  }
  return { changes: { [document.uri]: lsp } };
}
