import type { SlotContext } from '../cursor-context';
import { referenceKindAt } from '../quick-index';
import { enumValues, isRequired, propertyNames, propertySchema, schemaAt, variantFor, type ResolvedSchema } from '../schema-model';
import { order } from './id-items';
import { dotted, Skeleton, tidy } from './skeleton';
import type { CompletionOptions, PacketCompletion } from './types';

/** Keys the object at the cursor does not have yet, in the format's order, each with its value skeleton. */
export function keyItems(ctx: SlotContext, schema: ResolvedSchema, options: CompletionOptions): PacketCompletion[] {
  const snippets = options.snippets !== false;
  const obj = variantFor(schema, 'object');
  if (!obj) return [];
  const out: PacketCompletion[] = [];
  const present = new Set(ctx.present);
  const where = dotted(ctx.path);
  // A fresh list entry (`- |`) can take the whole entry at once.
  if (ctx.afterDash && !ctx.colonFollows && present.size === 0 && typeof ctx.path[ctx.path.length - 1] === 'number') {
    const skeleton = entrySkeleton(obj, ctx.col, where, snippets, '');
    if (skeleton) out.push({ ...skeleton, insertText: ctx.pad + skeleton.insertText, range: ctx.range, sortText: order(0) });
  }
  for (const key of propertyNames(obj)) {
    if (present.has(key)) continue;
    const child = propertySchema(obj, key)!;
    const valueHasList = opensList([...ctx.path, key], child);
    let insertText: string;
    let snippet = false;
    if (ctx.colonFollows) insertText = key;
    else if (ctx.flow) insertText = `${key}: `;
    else {
      insertText = tidy(new Skeleton(snippets).keyValue(key, child, ctx.col, where), snippets);
      snippet = snippets && insertText.includes('$');
      if (!snippets && !insertText.includes('\n') && !insertText.endsWith(' ')) insertText += ' ';
    }
    insertText = ctx.pad + insertText;
    const required = isRequired(obj, key);
    out.push({
      label: key,
      kind: ctx.path.length === 0 ? 'section' : 'key',
      detail: [child.title, required ? 'required' : undefined].filter(Boolean).join(' · '),
      documentation: child.doc,
      range: ctx.range,
      insertText,
      snippet,
      sortText: order(out.length),
      retrigger: !ctx.colonFollows && valueHasList && !/\$\{\d+\|/.test(insertText),
    });
  }
  return out;
}

/** A whole new entry of a list of objects: `- ` then every field (when `dash` is `- `). */
export function entrySkeleton(item: ResolvedSchema, col: number, where: string, snippets: boolean, dash: string): Omit<PacketCompletion, 'range' | 'sortText'> | undefined {
  const obj = variantFor(item, 'object');
  if (!obj) return undefined;
  const first = propertyNames(obj)[0];
  const body = new Skeleton(snippets).objectBody(obj, col + dash.length, where);
  const insertText = tidy(dash + body, snippets);
  const name = (obj.title ?? 'entry').toLowerCase();
  return {
    label: `new ${name}`,
    kind: 'skeleton',
    detail: 'skeleton: every field',
    documentation: obj.doc,
    insertText,
    snippet: snippets && insertText.includes('$'),
    filterText: dash + (first ?? ''),
  };
}

/** Whether the value of this key has its own completions (ids, a vocabulary, exception types). */
function opensList(path: (string | number)[], child: ResolvedSchema): boolean {
  if (referenceKindAt(path) || path[path.length - 1] === 'type') return true;
  const item = schemaAt([...path, 0]);
  return enumValues(child).length > 0 || (item !== undefined && enumValues(item).length > 0) || child.node.type === 'boolean';
}
