import { isMap, type Scalar } from 'yaml';
import type { PathSegment } from '../diagnostic';
import { locate, pairOf, type Located } from '../model/yaml-nodes';
import { changeApprover } from './field-values';
import { insertKey, writeValueOf } from './insert';
import type { FixContext, FixDraft } from './types';

/** `true`, `false` and numbers mean the YAML value, not the text. */
function typed(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/** Sets `key` of the mapping at `path` to `value`, replacing what is there or adding the key in order. */
export function setValueFixes(ctx: FixContext, path: PathSegment[], key: string, value: string): FixDraft[] {
  const w = ctx.writer();
  const map = locate(ctx.doc, path)?.value;
  const pair = isMap(map) ? pairOf(map, key) : undefined;
  const v = typed(value);
  const edit = pair ? writeValueOf(ctx, { key: pair.key, value: pair.value, pair } as Located & { key: Scalar }, v, w) : insertKey(ctx, path, key, v, w);
  if (!edit) return [];
  // Filling the approver from the packet's own change approver decides
  // nothing new; any other value changes what the workflow may do.
  const safe = key === 'approver' && value === changeApprover(ctx.analysis);
  return [{ title: `Set \`${key}\` to \`${value}\``, edits: [edit], isPreferred: true, safe }];
}
