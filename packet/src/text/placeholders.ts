// The placeholder text fixes write for prose the author still owes. Other
// parts of the library (readiness, rules that judge prose) can tell a
// placeholder from an answer with isPlaceholder.

export const PLACEHOLDER_PREFIX = 'TODO:';

/** Text that stands in for an answer: a fix's `TODO: …`, or the usual "TBD"-style fillers. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  return t === '' || /^(?:todo|tbd|tbc|fixme|xxx)\b/i.test(t) || /^(?:n\/a|\?+|-+|\.\.\.|…)$/i.test(t);
}
