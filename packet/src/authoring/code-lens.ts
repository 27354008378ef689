import { isScalar, isSeq, type Document } from 'yaml';
import type { Span } from '../diagnostic';
import { RESPONSIBILITIES } from '../format';
import type { IdIndex } from '../model/id-index';
import { locate } from '../model/yaml-nodes';
import { reversibility } from './describe';

/** What a click on the lens opens. */
export type LensTarget =
  /** The places that use the id, in file order (possibly none). */
  | { kind: 'references'; references: Span[] }
  /** The readiness questions: what an action may do on its own is question 2. */
  | { kind: 'readiness' };

export interface PacketLens {
  /** The declaring id; the lens shows above its line. */
  span: Span;
  title: string;
  target: LensTarget;
}

/**
 * One lens per owner (`owns 2 of 5 responsibilities · 4 references`, opening
 * those references) and per action (`automatic · irreversible`, opening the
 * readiness questions). A single pass over the id index: cheap enough for
 * every keystroke once the document is parsed.
 */
export function codeLenses(doc: Document | undefined, index: IdIndex): PacketLens[] {
  const refs = new Map<string, Span[]>();
  for (const r of index.references) {
    const key = `${r.kind}:${r.id}`;
    const list = refs.get(key);
    if (list) list.push(r.span);
    else refs.set(key, [r.span]);
  }
  const out: PacketLens[] = [];
  for (const d of index.declarations) {
    if (d.kind === 'owner') {
      const owns = locate(doc, [...d.path, 'owns'])?.value;
      const held = new Set<string>();
      if (isSeq(owns)) for (const it of owns.items) if (isScalar(it) && (RESPONSIBILITIES as readonly unknown[]).includes(it.value)) held.add(String(it.value));
      const references = [...(refs.get(`owner:${d.id}`) ?? [])].sort((a, b) => a.start - b.start);
      const n = references.length;
      out.push({
        span: d.span,
        title: `owns ${held.size} of ${RESPONSIBILITIES.length} responsibilities · ${n} ${n === 1 ? 'reference' : 'references'}`,
        target: { kind: 'references', references },
      });
    } else if (d.kind === 'action') {
      const authority = scalar(doc, [...d.path, 'authority']);
      const reversible = scalar(doc, [...d.path, 'reversible']);
      const approver = authority === 'approval' ? scalar(doc, [...d.path, 'approver']) : undefined;
      const how = authority ? `${authority}${approver ? ` by ${approver}` : ''}` : 'authority not set';
      out.push({ span: d.span, title: `${how} · ${reversibility(reversible)}`, target: { kind: 'readiness' } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function scalar(doc: Document | undefined, path: (string | number)[]): string | undefined {
  const v = locate(doc, path)?.value;
  return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
}
