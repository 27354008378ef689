import type { Span } from '../../diagnostic';

export interface CompletionOptions {
  /** Exception types from the `handoff.exceptionTypes` setting. */
  exceptionTypes?: readonly string[];
  /** Exception types used by the workspace's other packets; a function is only called when they are needed. */
  workspaceExceptionTypes?: readonly string[] | (() => readonly string[]);
  /** Whether the client inserts snippets (tab stops, choices). Default true. */
  snippets?: boolean;
}

/** What kind of thing an item inserts; the server maps it to an LSP item kind. */
export type CompletionKind = 'section' | 'key' | 'skeleton' | 'value' | 'id' | 'keyword' | 'exception-type' | 'change-kind';

export interface PacketCompletion {
  label: string;
  kind: CompletionKind;
  /** One short line shown next to the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text the item replaces. */
  range: Span;
  insertText: string;
  /** `insertText` uses snippet syntax (tab stops, choices). */
  snippet: boolean;
  /** Keeps the library's order in the client's list. */
  sortText: string;
  filterText?: string;
  /** Open the suggestions again after inserting (a key whose value has its own list). */
  retrigger?: boolean;
}
