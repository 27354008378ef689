/**
 * Characters that start an anchor (&a), an alias (*a) or a tag (!t) where a
 * node may begin. Prose such as "R&D" does not match; "a *bold* word" does,
 * which only costs that file the incremental parse.
 */
const NODE_PROPERTY = /(?:^|[\s,[\]{}])[&*!][^\s,[\]{}]/m;

/**
 * A merge key (`<<:`), even one that merges a mapping written in place: its
 * fields land in the parent's value, which a re-parse of one part of the
 * mapping would not redo.
 */
const MERGE_KEY = /(?:^|[\s,{])<<\s*:/m;

/**
 * True when nothing in `text` can make one part of a packet read differently
 * depending on another part: no anchors, aliases, merge keys or tags, no
 * directives.
 */
export function freeOfCrossReferences(text: string): boolean {
  return !NODE_PROPERTY.test(text) && !MERGE_KEY.test(text) && !/^%/m.test(text);
}
