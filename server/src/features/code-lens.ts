import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { codeLenses } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toRange } from '../ranges';
import type { Feature } from '../server-context';

/** A line above each owner (responsibilities held, references) and each action (authority, reversibility). */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(
      guard(ctx.connection, 'codeLens', [], (params: CodeLensParams): CodeLens[] => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return [];
        const { analysis } = entry;
        // An empty command id makes the lens a label: it informs, it does not act.
        return codeLenses(analysis.parsed.doc, analysis.index).map((l) => ({ range: toRange(analysis.parsed.lines, l.span), command: { title: l.title, command: '' } }));
      }),
    );
  },
};
