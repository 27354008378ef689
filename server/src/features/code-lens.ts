import type { CodeLens, CodeLensParams, Command } from 'vscode-languageserver';
import { codeLenses, type PacketLens } from '../../../packet/src/authoring';
import type { LineIndex } from '../../../packet/src';
import { guard } from '../guard';
import { LastGood } from '../last-good';
import { clampRange, toPosition, toRange } from '../ranges';
import type { Feature, ServerContext } from '../server-context';
import { SERVER_SHOW_READINESS_COMMAND, SERVER_SHOW_REFERENCES_COMMAND, type ShowReadinessArgs, type ShowReferencesArgs } from './lens-commands';

/** Added to a lens title while the YAML does not parse and the lens is the last version's that did. */
export const OUT_OF_DATE = ' (out of date)';

/** A line above each owner (responsibilities held, references) and each action (authority, reversibility); a click opens what it counts. */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    const kept = new LastGood<CodeLens[]>(ctx.store);
    ctx.connection.onCodeLens(
      guard(ctx.connection, 'codeLens', [], (params: CodeLensParams): CodeLens[] => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return [];
        const { analysis, document } = entry;
        const answer = kept.answer(document.uri, document.version, analysis.parses, () => {
          const lines = analysis.parsed.lines;
          return codeLenses(analysis.parsed.doc, analysis.index).map((l) => ({ range: toRange(lines, l.span), command: commandFor(ctx, l, document.uri, lines) }));
        });
        // While the text does not parse: the last good lenses, each saying so (its place may have moved a little).
        if (!answer.outOfDate) return answer.value;
        const lines = analysis.parsed.lines;
        return answer.value.map((l) => ({
          range: clampRange(lines, l.range),
          command: l.command && { ...l.command, title: `${l.command.title}${OUT_OF_DATE}`, arguments: l.command.arguments && (movedInside(l.command.arguments, lines) as unknown[]) },
        }));
      }),
    );
  },
};

/** The client's own command when it named one at initialize, else the server's (see execute-command.ts). */
function commandFor(ctx: ServerContext, lens: PacketLens, uri: string, lines: LineIndex): Command {
  const own = ctx.client.commands;
  if (lens.target.kind === 'readiness') {
    if (own.showReadiness) return { title: lens.title, command: own.showReadiness };
    const args: ShowReadinessArgs = [uri];
    return { title: lens.title, command: SERVER_SHOW_READINESS_COMMAND, arguments: args };
  }
  const args: ShowReferencesArgs = [uri, toPosition(lines, lens.span.start), lens.target.references.map((span) => ({ uri, range: toRange(lines, span) }))];
  return { title: lens.title, command: own.showReferences ?? SERVER_SHOW_REFERENCES_COMMAND, arguments: args };
}

/** Every position in a lens command's arguments (the places it opens), moved inside the current text. */
function movedInside(value: unknown, lines: LineIndex): unknown {
  if (Array.isArray(value)) return value.map((v) => movedInside(v, lines));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number' && Object.keys(o).length === 2) return lines.positionAt(lines.offsetAt({ line: o.line, character: o.character }));
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, movedInside(v, lines)]));
}
