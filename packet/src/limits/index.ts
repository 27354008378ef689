// Size limits and hostile-input checks: what keeps one file from exhausting
// the reader, and the diagnostics that say what was skipped and why.
export { DEFAULT_LIMITS, LIMIT_SETTINGS, effectiveLimits, formatBytes, readLimits, utf8Size, type LimitProblem, type PacketLimits } from './limits';
export { FILE_TOO_LARGE, fullCheckSkipped, refusedBySize } from './size-check';
export { scalarHazards, textHazards } from './text-hazards';
export { capSyntaxProblems, MAX_SYNTAX_PROBLEMS } from './problem-cap';
export { MAX_NESTING_DEPTH, MAX_SYNTAX_ERRORS_READ, NESTED_TOO_DEEP, nestedTooDeep, parseAllBounded, TOO_MANY_SYNTAX_ERRORS, tooManySyntaxErrors, type BoundedParse } from './bounded-parse';
export { editedLineIndex, quickLineIndex } from './quick-lines';
