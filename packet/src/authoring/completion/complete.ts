import { cursorContext, type SlotContext } from '../cursor-context';
import { quickTree } from '../quick-tree/lookup';
import type { QuickTree } from '../quick-tree/types';
import { kindOf, schemaAt, variantFor } from '../schema-model';
import { dotted } from './skeleton';
import { order } from './id-items';
import { entrySkeleton, keyItems } from './key-items';
import type { CompletionOptions, PacketCompletion } from './types';
import { valueItems } from './value-items';

/**
 * Completions at `offset`, from the text alone: it need not parse. Keys not
 * yet present (with skeletons), vocabulary values with their meaning,
 * declared ids with their summary, exception types and change kinds.
 */
export function completionsAt(text: string, offset: number, options: CompletionOptions = {}): PacketCompletion[] {
  const tree = quickTree(text);
  const ctx = cursorContext(tree, Math.max(0, Math.min(offset, text.length)));
  if (ctx.kind === 'none') return [];
  if (ctx.kind === 'value') return valueItems(tree, { path: ctx.path, range: ctx.range, siblings: ctx.siblings, insertPrefix: ctx.pad }, options);
  return slotItems(tree, ctx, options);
}

function slotItems(tree: QuickTree, ctx: SlotContext, options: CompletionOptions): PacketCompletion[] {
  const schema = schemaAt(ctx.path);
  if (!schema) return [];
  const kind = kindOf(schema.node);
  if (kind === 'object' || (kind === 'union' && variantFor(schema, 'object') && (ctx.afterDash || ctx.flow))) return keyItems(ctx, schema, options);
  if (kind === 'array') return newListItem(tree, ctx, options);
  // A value on the line below its key (`authority:` then the value indented).
  return valueItems(tree, { path: ctx.path, range: ctx.range, siblings: ctx.siblings, insertPrefix: ctx.pad }, options);
}

/** At a list's own column with no dash yet: a whole new entry, or a value, each with its `- `. */
function newListItem(tree: QuickTree, ctx: SlotContext, options: CompletionOptions): PacketCompletion[] {
  // The index only has to be a number: every item of a list shares one schema.
  const index = ctx.siblings.length;
  const item = schemaAt([...ctx.path, index]);
  if (!item || ctx.colonFollows) return [];
  if (variantFor(item, 'object')) {
    const skeleton = entrySkeleton(item, ctx.col, dotted(ctx.path), options.snippets !== false, '- ');
    return skeleton ? [{ ...skeleton, range: ctx.range, sortText: order(0) }] : [];
  }
  return valueItems(tree, { path: [...ctx.path, index], range: ctx.range, siblings: ctx.siblings, insertPrefix: '- ' }, options);
}
