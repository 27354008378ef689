import { MessageType, type ExecuteCommandParams, type Location, type Position } from 'vscode-languageserver';
import { referencesAt } from '../../../packet/src/authoring';
import { readiness } from '../../../packet/src/readiness';
import { guard } from '../guard';
import { toOffset, toRange } from '../ranges';
import type { Feature, ServerContext } from '../server-context';
import { SERVER_SHOW_READINESS_COMMAND, SERVER_SHOW_REFERENCES_COMMAND } from './lens-commands';

/**
 * The lens commands for clients without ours (Neovim, Helix, Emacs, …). No
 * standard request opens a client's references list from the server, so
 * each command answers with a message every client shows, and the
 * references command also returns the standard Location[] for a client
 * that does something with the result.
 */
export const executeCommand: Feature = {
  capabilities: { executeCommandProvider: { commands: [SERVER_SHOW_REFERENCES_COMMAND, SERVER_SHOW_READINESS_COMMAND] } },
  register(ctx) {
    ctx.connection.onExecuteCommand(
      guard(ctx.connection, 'executeCommand', null, (params: ExecuteCommandParams): Location[] | null => {
        const [uri, position] = params.arguments ?? [];
        if (typeof uri !== 'string') return null;
        if (params.command === SERVER_SHOW_REFERENCES_COMMAND && isPosition(position)) return showReferences(ctx, uri, position);
        if (params.command === SERVER_SHOW_READINESS_COMMAND) showReadiness(ctx, uri);
        return null;
      }),
    );
  },
};

/** The uses of the id at `position`, as of the document's current text (the lens may be older). */
function showReferences(ctx: ServerContext, uri: string, position: Position): Location[] | null {
  const entry = ctx.store.analysis(uri);
  if (!entry) return null;
  const { analysis } = entry;
  const lines = analysis.parsed.lines;
  const offset = toOffset(lines, position);
  const spans = referencesAt(analysis.index, offset, false);
  const locations = spans.map((span) => ({ uri, range: toRange(lines, span) }));
  const id = /^[^\s:,\]}#]+/.exec(analysis.text.slice(offset))?.[0] ?? 'this id';
  const where = locations.map((l) => String(l.range.start.line + 1));
  const message =
    where.length === 0
      ? `\`${id}\` is not referenced anywhere in this packet.`
      : `\`${id}\` is referenced ${where.length === 1 ? 'once' : `${where.length} times`}: ${where.length === 1 ? 'line' : 'lines'} ${listWords(where)}.`;
  void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
  return locations;
}

function showReadiness(ctx: ServerContext, uri: string): void {
  const entry = ctx.store.analysis(uri);
  if (!entry) return;
  const report = readiness(entry.analysis);
  const open = report.questions.filter((q) => q.status !== 'answered').map((q) => `${q.number}. ${q.question}${q.status === 'partly' ? ' (partly)' : ''}`);
  const head = `Readiness: ${report.answered} of ${report.total} questions answered.`;
  const message = open.length === 0 ? `${head} Every question a buyer asks is answered.` : `${head} Still open: ${open.join('; ')}`;
  void ctx.connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
}

function isPosition(v: unknown): v is Position {
  const p = v as Position | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0;
}

function listWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
