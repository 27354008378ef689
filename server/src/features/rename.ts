import { ErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRenameAt, renameAt } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toOffset, toRange } from '../ranges';
import type { Feature } from '../server-context';

/** Renames an id in its declaration and every reference in the file; refuses invalid or taken names with the reason. */
export const rename: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(ctx) {
    ctx.connection.onPrepareRename(
      guard(ctx.connection, 'prepareRename', null, (params: PrepareRenameParams): { range: Range; placeholder: string } | ResponseError<void> | null => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return null;
        const { analysis } = entry;
        const lines = analysis.parsed.lines;
        const target = prepareRenameAt(analysis.text, analysis.index, toOffset(lines, params.position));
        // An error (rather than null) lets the editor show why nothing can be renamed here.
        if ('error' in target) return new ResponseError(ErrorCodes.InvalidRequest, target.error);
        return { range: toRange(lines, target.span), placeholder: target.placeholder };
      }),
    );
    ctx.connection.onRenameRequest(
      guard(ctx.connection, 'rename', null, (params: RenameParams): WorkspaceEdit | ResponseError<void> | null => {
        const entry = ctx.store.analysis(params.textDocument.uri);
        if (!entry) return null;
        const { analysis } = entry;
        const lines = analysis.parsed.lines;
        const result = renameAt(analysis.text, analysis.index, toOffset(lines, params.position), params.newName);
        if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
        return { changes: { [params.textDocument.uri]: result.edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText })) } };
      }),
    );
  },
};
