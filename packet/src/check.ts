import type { PacketDiagnostic, PathSegment, Span } from './diagnostic';
import type { RuleSeverities } from './config/severity-config';
import { ruleInfo } from './rules/catalog';
import { isSuppressed, readSuppressions } from './config/suppressions';
import { buildIdIndex, type IdIndex } from './model/id-index';
import { isPlainObject, spanForPath } from './model/yaml-nodes';
import type { ParsedPacket } from './parse/parse-packet';
import { ALL_RULES } from './rules/all-rules';
import type { Finding, RuleContext } from './rules/rule';
import { schemaFindings } from './schema/schema-rule';
import { fullCheckSkipped, type PacketLimits } from './limits';

export interface CheckOptions {
  /** Per-rule severity overrides (`off` silences a rule). */
  rules?: RuleSeverities;
  /** Exception types the workspace declares in addition to the known six. */
  exceptionTypes?: readonly string[];
  /** Size limits; above `fullCheckBytes` only the parse's findings are reported. */
  limits?: Partial<PacketLimits>;
}

/**
 * Every problem in a parsed packet: what the parse found, the schema, and the
 * operating checks, with severities and suppression comments applied. Pure:
 * the same parse and options always give the same list, sorted by position.
 */
export function checkPacket(parsed: ParsedPacket, options: CheckOptions = {}, index?: IdIndex): PacketDiagnostic[] {
  const raw: PacketDiagnostic[] = [...parsed.problems];
  const doc = parsed.doc;
  // A file above the full-check limit gets its syntax errors and a note that the rest was skipped.
  const skipped = doc ? fullCheckSkipped(parsed.text, options.limits) : undefined;
  if (skipped) raw.push(skipped);
  if (doc && !skipped && isPlainObject(parsed.value)) {
    const whole: Span = { start: 0, end: Math.min(parsed.text.length, parsed.text.indexOf('\n') < 0 ? parsed.text.length : parsed.text.indexOf('\n')) };
    const ctx: RuleContext = {
      parsed,
      doc,
      value: parsed.value,
      // The caller's index of the same parse, when it has one: no second walk.
      index: index ?? buildIdIndex(doc),
      exceptionTypes: options.exceptionTypes ?? [],
      spanFor: (path: readonly PathSegment[], prefer?: 'key' | 'value') => spanForPath(doc, path, prefer) ?? whole,
    };
    for (const f of guarded('schema', () => schemaFindings(ctx), whole)) raw.push({ severity: ruleInfo(f.rule)?.defaultSeverity ?? 'error', ...f });
    for (const rule of ALL_RULES) {
      for (const f of guarded(rule.id, () => rule.check(ctx), whole)) raw.push({ rule: rule.id, severity: ruleInfo(rule.id)?.defaultSeverity ?? 'error', ...f });
    }
  } else if (doc && parsed.value !== undefined && !isPlainObject(parsed.value) && parsed.problems.every((p) => p.severity !== 'error')) {
    raw.push({
      rule: 'schema',
      severity: 'error',
      message: 'A packet is a mapping of sections (packet, workflow, systems, …); this file holds a single value or a list at the top.',
      span: { start: 0, end: parsed.text.length },
    });
  }
  const suppressions = readSuppressions(parsed.text, parsed.lines);
  const out: PacketDiagnostic[] = [];
  for (const d of raw) {
    // A configured severity wins; otherwise the finding keeps its own (the
    // parse reports mixed line endings as info under yaml-syntax).
    const severity = options.rules?.[d.rule] ?? d.severity;
    if (severity === 'off') continue;
    const withSeverity = { ...d, severity };
    if (isSuppressed(withSeverity, suppressions, parsed.lines)) continue;
    out.push(withSeverity);
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/** A bug in one check must cost that check's findings, never the whole result. */
function guarded<T extends Finding>(id: string, run: () => T[], whole: Span): (T | (Finding & { rule: string }))[] {
  try {
    return run();
  } catch (err) {
    return [{ rule: id, message: `Internal error in check "${id}": ${err instanceof Error ? err.message : String(err)}. Please report it.`, span: whole }];
  }
}
