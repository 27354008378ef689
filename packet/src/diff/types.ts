import type { Span } from '../diagnostic';
import type { ChangeClass } from '../format';

/** The change kinds of packet-format.md's table. */
export type ChangeKind =
  | 'threshold-within-limits'
  | 'routing-destination'
  | 'classification-values'
  | 'new-output-action'
  | 'new-write-system'
  | 'approval-threshold'
  | 'autonomy-increase'
  | 'new-data-source'
  | 'new-exception-logic'
  | 'second-workflow'
  | 'new-team';

/** What happened at the place a change points to. */
export type ChangeAction = 'added' | 'removed' | 'changed';

/** One difference between two versions of a packet. */
export interface PacketChange {
  /** The change kind, or `unclassified` when no kind of the table covers it. */
  kind: ChangeKind | 'unclassified';
  /** The class this packet gives the kind; null for unclassified changes. */
  class: ChangeClass | null;
  /** The kind's class from the format's table, before the packet's own rules. */
  defaultClass: ChangeClass | null;
  /** Set when the new packet's `changes` section moved the kind into `class`. */
  rule?: ChangeRuleRef;
  action: ChangeAction;
  /** Readable location with ids instead of list positions, e.g. `permissions.actions[write-note].authority`. */
  field: string;
  /** One sentence a reviewer can read without the files. */
  message: string;
  /** Span in the old text; absent for additions. */
  old?: Span;
  /** Span in the new text. For a removal, the nearest place that still exists. */
  new?: Span;
  /** Which side to show the reader: the new file, or the old one for removals. */
  at: 'new' | 'old';
}

/** An entry `{kind: X}` under one class of the new packet's `changes` section. */
export interface ChangeRuleRef {
  class: ChangeClass;
  /** Span of the entry in the new text. */
  span: Span;
  note?: string;
}

export interface ChangeApprover {
  id: string;
  /** The owner's role, when the id names a declared owner. */
  role?: string;
}

export interface ChangeReport {
  changes: PacketChange[];
  /** `changes.approver` of the new packet, with the owner's role. */
  approver?: ChangeApprover;
  /**
   * Why the comparison could not be made (a side that is not a readable
   * packet). When present, `changes` is empty.
   */
  problems: string[];
}
