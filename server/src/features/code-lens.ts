import type { CodeLens, CodeLensParams, Command } from 'vscode-languageserver';
import { codeLenses, type PacketLens } from '../../../packet/src/authoring';
import type { LineIndex } from '../../../packet/src';
import { guard } from '../guard';
import { toPosition, toRange } from '../ranges';
import type { Feature } from '../server-context';
import { SHOW_READINESS_COMMAND, SHOW_REFERENCES_COMMAND, type ShowReferencesArgs } from './lens-commands';

/** A line above each owner (responsibilities held, references) and each action (authority, reversibility); a click opens what it counts. */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(
      guard(ctx.connection, 'codeLens', [], (params: CodeLensParams): CodeLens[] => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return [];
        const { analysis } = entry;
        const lines = analysis.parsed.lines;
        return codeLenses(analysis.parsed.doc, analysis.index).map((l) => ({ range: toRange(lines, l.span), command: commandFor(l, params.textDocument.uri, lines) }));
      }),
    );
  },
};

function commandFor(lens: PacketLens, uri: string, lines: LineIndex): Command {
  if (lens.target.kind === 'readiness') return { title: lens.title, command: SHOW_READINESS_COMMAND };
  const args: ShowReferencesArgs = [uri, toPosition(lines, lens.span.start), lens.target.references.map((span) => ({ uri, range: toRange(lines, span) }))];
  return { title: lens.title, command: SHOW_REFERENCES_COMMAND, arguments: args };
}
