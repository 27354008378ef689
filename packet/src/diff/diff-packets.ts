import type { ParsedPacket } from '../parse/parse-packet';
import { isPlainObject } from '../model/yaml-nodes';
import { applyClasses, readChangeRules } from './change-rules';
import { ChangeCollector, type Where } from './collector';
import { diffFields } from './detectors';
import { sectionDiffs } from './sections';
import type { ChangeApprover, ChangeReport } from './types';

/** What the comparison needs of an analysis: its one parse. */
export interface Comparable {
  readonly parsed: ParsedPacket;
}

/**
 * Classifies every difference between two versions of a packet. Entries are
 * matched by id (exception types by `type`), never by position, so
 * re-ordering, comments and whitespace change nothing. Classes come from the
 * format's defaults, moved by the NEW packet's own `changes` rules.
 */
export function diffPackets(oldVersion: Comparable, newVersion: Comparable): ChangeReport {
  const problems = [unreadable('old', oldVersion.parsed), unreadable('new', newVersion.parsed)].filter((p): p is string => p !== undefined);
  if (problems.length > 0) return { changes: [], problems };
  const o = oldVersion.parsed.value;
  const n = newVersion.parsed.value;
  const collector = new ChangeCollector(oldVersion.parsed.doc, newVersion.parsed.doc);
  const root: Where = { old: [], new: [], field: '' };
  diffFields(collector, root, o, n, sectionDiffs(o, n));
  const changes = collector.changes;
  applyClasses(changes, readChangeRules(n, newVersion.parsed.doc));
  changes.sort((a, b) => (a.new?.start ?? -1) - (b.new?.start ?? -1) || (a.old?.start ?? -1) - (b.old?.start ?? -1));
  const approver = approverOf(n);
  return { changes, ...(approver ? { approver } : {}), problems: [] };
}

function unreadable(side: 'old' | 'new', parsed: ParsedPacket): string | undefined {
  if (isPlainObject(parsed.value)) return undefined;
  const first = parsed.problems.find((p) => p.severity === 'error');
  if (first) {
    const at = parsed.lines.positionAt(first.span.start);
    return `The ${side} version is not readable YAML (line ${at.line + 1}, column ${at.character + 1}): ${first.message}`;
  }
  return `The ${side} version is not a packet: its top level is not a mapping of sections.`;
}

function approverOf(packet: unknown): ChangeApprover | undefined {
  if (!isPlainObject(packet) || !isPlainObject(packet.changes)) return undefined;
  const id = packet.changes.approver;
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  const owner = Array.isArray(packet.owners) ? packet.owners.find((x) => isPlainObject(x) && x.id === id) : undefined;
  const role = isPlainObject(owner) && typeof owner.role === 'string' ? owner.role : undefined;
  return { id, ...(role ? { role } : {}) };
}

