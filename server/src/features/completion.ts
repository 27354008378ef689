import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { completionsAt, exceptionTypesIn, quickLines, type CompletionKind, type PacketCompletion } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toOffset, toRange } from '../ranges';
import type { Feature } from '../server-context';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  key: CompletionItemKind.Property,
  skeleton: CompletionItemKind.Snippet,
  value: CompletionItemKind.EnumMember,
  id: CompletionItemKind.Reference,
  keyword: CompletionItemKind.Keyword,
  'exception-type': CompletionItemKind.Constant,
  'change-kind': CompletionItemKind.EnumMember,
};

/** Completion from the text alone (no full parse), so it keeps up with typing in large packets. */
export const completion: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', ':', '[', ','], resolveProvider: false } },
  register(ctx) {
    const otherTypes = new Map<string, { version: number; types: string[] }>();
    // Exception types other open packets use: read lazily, cached per version.
    const workspaceTypes = (uri: string) => () => {
      const out: string[] = [];
      for (const doc of ctx.store.documents.all()) {
        if (doc.uri === uri) continue;
        let hit = otherTypes.get(doc.uri);
        if (!hit || hit.version !== doc.version) {
          hit = { version: doc.version, types: exceptionTypesIn(doc.getText()) };
          otherTypes.set(doc.uri, hit);
        }
        out.push(...hit.types);
      }
      return out;
    };
    ctx.store.documents.onDidClose((e) => otherTypes.delete(e.document.uri));
    ctx.connection.onCompletion(
      guard(ctx.connection, 'completion', null, (params: CompletionParams) => {
        const doc = ctx.store.get(params.textDocument.uri);
        if (!doc) return null;
        const text = doc.getText();
        const lines = quickLines(text);
        const caps = ctx.client.capabilities.textDocument?.completion?.completionItem;
        const snippets = caps?.snippetSupport === true;
        const asIs = caps?.insertTextModeSupport?.valueSet?.includes(InsertTextMode.asIs) === true;
        const items = completionsAt(text, toOffset(lines, params.position), {
          snippets,
          exceptionTypes: ctx.settings.for(doc.uri).exceptionTypes,
          workspaceExceptionTypes: workspaceTypes(doc.uri),
        });
        const lineIndent = /^ */.exec(text.slice(lines.lineStart(params.position.line)))![0].length;
        const retrigger = ctx.client.commands.triggerSuggest;
        return items.map((item) => toItem(item, lines, asIs, lineIndent, snippets, retrigger));
      }),
    );
  },
};

/** `retrigger`: the client's command that reopens suggestions, if it named one (there is no standard one). */
function toItem(item: PacketCompletion, lines: ReturnType<typeof quickLines>, asIs: boolean, lineIndent: number, snippets: boolean, retrigger: string | undefined): CompletionItem {
  let newText = item.insertText;
  const multiLine = newText.includes('\n');
  // The library indents every line in full. A client that re-indents inserted
  // lines by the current line's indentation would double it: take that off.
  if (multiLine && !asIs && lineIndent > 0) newText = newText.replace(new RegExp(`\n {${lineIndent}}`, 'g'), '\n');
  const out: CompletionItem = {
    label: item.label,
    kind: KIND[item.kind],
    detail: item.detail,
    documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    sortText: item.sortText,
    filterText: item.filterText,
    textEdit: { range: toRange(lines, item.range), newText },
    insertTextFormat: item.snippet && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (multiLine && asIs) out.insertTextMode = InsertTextMode.asIs;
  if (item.retrigger && retrigger) out.command = { title: 'Suggest', command: retrigger };
  return out;
}
