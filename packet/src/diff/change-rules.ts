import type { Document } from 'yaml';
import { CHANGE_CLASSES, CHANGE_KINDS, type ChangeClass } from '../format';
import { isPlainObject, spanForPath } from '../model/yaml-nodes';
import type { ChangeKind, ChangeRuleRef, PacketChange } from './types';

/** The classes from least to most consequential; `--fail-on` compares with this order. */
export const CLASS_ORDER: readonly ChangeClass[] = ['safe', 'review_required', 'new_scope'];

export function classRank(c: ChangeClass): number {
  return CLASS_ORDER.indexOf(c);
}

/** True when `c` is `floor` or a more consequential class. */
export function classAtLeast(c: ChangeClass | null, floor: ChangeClass): boolean {
  return c !== null && classRank(c) >= classRank(floor);
}

export function isChangeKind(v: unknown): v is ChangeKind {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(CHANGE_KINDS, v);
}

/**
 * The packet's own change rules: an entry `{kind: X}` under a class moves X
 * there. A kind named under two classes takes the more consequential one, so
 * a contradiction in the rules never makes a change look safer.
 */
export function readChangeRules(value: unknown, doc: Document | undefined): Map<ChangeKind, ChangeRuleRef> {
  const rules = new Map<ChangeKind, ChangeRuleRef>();
  const changes = isPlainObject(value) ? value.changes : undefined;
  if (!isPlainObject(changes)) return rules;
  for (const cls of CHANGE_CLASSES) {
    const list = changes[cls];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (!isPlainObject(entry) || !isChangeKind(entry.kind)) return;
      const kind = entry.kind;
      const have = rules.get(kind);
      if (have && classRank(have.class) >= classRank(cls)) return;
      const span = spanForPath(doc, ['changes', cls, i, 'kind']) ?? { start: 0, end: 0 };
      rules.set(kind, { class: cls, span, ...(typeof entry.note === 'string' ? { note: entry.note } : {}) });
    });
  }
  return rules;
}

/** Sets each change's class from its kind: the packet's rule if it names the kind, else the default. */
export function applyClasses(changes: PacketChange[], rules: Map<ChangeKind, ChangeRuleRef>): void {
  for (const c of changes) {
    if (c.kind === 'unclassified') {
      c.class = null;
      c.defaultClass = null;
      continue;
    }
    const fallback = CHANGE_KINDS[c.kind];
    const rule = rules.get(c.kind);
    c.defaultClass = fallback;
    c.class = rule?.class ?? fallback;
    if (rule && rule.class !== fallback) c.rule = rule;
  }
}
