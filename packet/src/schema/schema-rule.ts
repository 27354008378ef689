import type { ErrorObject } from 'ajv';
import validate from '../../generated/schema-validator.cjs';
import type { PathSegment } from '../diagnostic';
import { nearest } from '../util/nearest';
import type { Finding, RuleContext } from '../rules/rule';
import { describeError } from './describe-error';
import { isBlank } from '../rules/shared/values';
import { STEP_NEEDED } from '../rules/steps/step-incomplete';
import { SUPPORT_NEEDED } from '../rules/health/support-incomplete';
import { holdsUsedAnchor, locate } from '../model/yaml-nodes';

export interface SchemaFinding extends Finding {
  rule: 'schema' | 'unknown-key';
}

/**
 * Validates the plain value against the compiled schema and puts each error on
 * the YAML node it is about: the key for an unknown key, the parent key for a
 * missing field, the value for a wrong type or vocabulary.
 */
export function schemaFindings(ctx: RuleContext): SchemaFinding[] {
  if (validate(ctx.value)) return [];
  const errors = dropShadowed(validate.errors ?? []);
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = toPath(e.instancePath, ctx.value);
    // Missing top-level sections are missing-section's to report, with its fix.
    if (e.keyword === 'required' && path.length === 0) continue;
    const f = findingFor(e, path, ctx);
    if (!f) continue;
    const key = `${f.rule}:${f.span.start}:${f.span.end}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function findingFor(e: ErrorObject, path: PathSegment[], ctx: RuleContext): SchemaFinding | undefined {
  // `output: ""` or `output:` left empty is one slip, as if the field were
  // not written: step-incomplete (support-incomplete for the support fields)
  // says what the field is for and fills it in place, so "must not be empty"
  // or "must be text" on the same value would only repeat it.
  if ((e.keyword === 'type' || e.keyword === 'minLength') && blankLeftToCheck(ctx, path)) return undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      // A key kept only to hold anchors that other places merge or alias is read for those, not for itself.
      if (holdsUsedAnchor(locate(ctx.doc, [...path, key])?.value)) return undefined;
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const candidates = nearest(key, allowed);
      const where = path.length === 0 ? 'at the top of a packet' : `in \`${describePath(path)}\``;
      const hint = candidates.length ? ` Did you mean \`${candidates[0]}\`?` : allowed.length ? ` Known keys here: ${allowed.join(', ')}.` : '';
      return {
        rule: 'unknown-key',
        message: `\`${key}\` is not a key the packet format knows ${where}.${hint}`,
        span: ctx.spanFor([...path, key], 'key'),
        data: candidates.length ? { fix: 'rename-key', candidates } : undefined,
      };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const field = (e.parentSchema as { properties?: Record<string, { description?: string }> } | undefined)?.properties?.[missing];
      const why = field?.description ? ` ${firstSentence(field.description)}` : '';
      return {
        rule: 'schema',
        message: `\`${describePath(path)}\` is missing the required field \`${missing}\`.${why}`,
        span: ctx.spanFor(path, 'key'),
        data: { fix: 'insert-fields', path, fields: [missing] },
      };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const got = valueAt(ctx.value, path);
      const candidates = typeof got === 'string' ? nearest(got, allowed) : [];
      return {
        rule: 'schema',
        message: `${JSON.stringify(got)} is not allowed for \`${String(path[path.length - 1] ?? 'value')}\`: must be one of ${allowed.join(', ')}.`,
        span: ctx.spanFor(path, 'value'),
        data: { fix: 'replace-value', candidates: candidates.length ? candidates : allowed },
      };
    }
    case 'type': {
      // `reversible: no` is true/false to YAML 1.1 tools, text to YAML 1.2 (and to this format).
      const got = valueAt(ctx.value, path);
      const word = typeof got === 'string' ? YES_NO[got.trim().toLowerCase()] : undefined;
      if ((e.params as { type?: string }).type === 'boolean' && word !== undefined) {
        return {
          rule: 'schema',
          message: `\`${String(path[path.length - 1])}\` must be true or false; ${JSON.stringify(got)} is read as text here, not as an answer. Write \`${String(word)}\`.`,
          span: ctx.spanFor(path, 'value'),
        };
      }
      return { rule: 'schema', message: describeError(e, path), span: ctx.spanFor(path, 'value') };
    }
    case 'pattern':
    case 'anyOf':
    case 'oneOf':
      // `owner: TBD`, `owner: Ops-Lead`, `next: Done` are one slip, not two:
      // unknown-reference names the id and what to write instead, so "not the
      // expected form" on the same value would only repeat it.
      if (undeclaredReference(ctx, path)) return undefined;
      return { rule: 'schema', message: describeError(e, path), span: ctx.spanFor(path, 'value') };
    default:
      return { rule: 'schema', message: describeError(e, path), span: ctx.spanFor(path, 'value') };
  }
}

const YES_NO: Record<string, boolean> = { yes: true, y: true, on: true, true: true, no: false, n: false, off: false, false: false };

function undeclaredReference(ctx: RuleContext, path: PathSegment[]): boolean {
  const got = valueAt(ctx.value, path);
  if (typeof got !== 'string') return false;
  const ref = ctx.index.references.find((r) => samePath(r.path, path));
  return !!ref && !ctx.index.byKind[ref.kind].has(ref.id);
}

function blankLeftToCheck(ctx: RuleContext, path: PathSegment[]): boolean {
  if (!isBlank(valueAt(ctx.value, path))) return false;
  const field = path[path.length - 1];
  if (path.length === 3 && path[0] === 'steps' && typeof path[1] === 'number') return STEP_NEEDED.some((n) => n.field === field);
  if (path.length === 2 && path[0] === 'support') return SUPPORT_NEEDED.some((n) => n.field === field);
  return false;
}

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i]);
}

/**
 * An `anyOf` failure makes ajv report every branch's errors too (through
 * `$ref`s, so schema paths do not nest). The author needs one message: the
 * deeper errors when a branch got inside the value (a bad list entry), else
 * the single "wrong shape" error.
 */
function dropShadowed(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (alternatives.length === 0) return errors;
  const drop = new Set<ErrorObject>();
  for (const alt of alternatives) {
    const at = alt.instancePath;
    const deeper = errors.filter((e) => e.instancePath.startsWith(at + '/'));
    for (const e of errors) {
      if (e.instancePath !== at || e === alt) continue;
      drop.add(e);
    }
    if (deeper.length > 0) drop.add(alt);
  }
  return errors.filter((e) => !drop.has(e));
}

/** JSON pointer → path, with array indexes as numbers so YAML lookup can walk sequences. */
function toPath(pointer: string, root: unknown): PathSegment[] {
  if (!pointer) return [];
  const out: PathSegment[] = [];
  let here: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(here)) {
      const i = Number(seg);
      out.push(i);
      here = here[i];
    } else {
      out.push(seg);
      here = here && typeof here === 'object' ? (here as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let here = root;
  for (const seg of path) here = here && typeof here === 'object' ? (here as Record<string | number, unknown>)[seg] : undefined;
  return here;
}

export function describePath(path: PathSegment[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '') || 'packet';
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (m ? m[1] : text.trim()).replace(/\s+/g, ' ');
}
