import type { Document } from 'yaml';
import type { PacketAnalysis } from '../analysis';
import type { FixData, PacketDiagnostic } from '../diagnostic';
import { parsePacket } from '../parse/parse-packet';
import { addToListFixes } from './add-to-list';
import { applyEdits } from './apply-edits';
import { declareIdFixes } from './declare-id';
import { TextWriter } from './emit';
import { insertFieldsFixes } from './insert-fields';
import { insertSectionFixes } from './insert-section';
import { layoutOf } from './layout';
import { removeKeyFixes } from './remove-key';
import { renameKeyFixes } from './rename-key';
import { replaceValueFixes } from './replace-value';
import { setValueFixes } from './set-value';
import type { FixContext, FixDraft, FixOptions, PacketFix } from './types';

/**
 * The quick fixes for one diagnostic of this analysis, best first. Never
 * throws; a fix whose result would not parse as well as the current text is
 * left out.
 */
export function fixesFor(analysis: PacketAnalysis, diagnostic: PacketDiagnostic, options: FixOptions = {}): PacketFix[] {
  const plain = fixesUnchecked(analysis, diagnostic).filter((f) => keepsParsing(analysis, f));
  return options.snippets ? withSnippets(analysis, diagnostic, plain) : plain;
}

/** The plain-text fixes before the parse check, for callers that check many fixes at once (Fix all). */
export function fixesUnchecked(analysis: PacketAnalysis, diagnostic: PacketDiagnostic): PacketFix[] {
  const doc = analysis.parsed.doc;
  if (!diagnostic.data || !doc) return [];
  return draft(analysis, diagnostic, doc, false).filter((f) => f.edits.length > 0);
}

/** The same fixes written with tab stops; the parse check ran on their plain form. */
function withSnippets(analysis: PacketAnalysis, diagnostic: PacketDiagnostic, plain: PacketFix[]): PacketFix[] {
  const snippets = draft(analysis, diagnostic, analysis.parsed.doc!, true);
  return plain.map((f) => {
    const s = snippets.find((x) => x.title === f.title);
    const differs = s && s.edits.length === f.edits.length && s.edits.some((e, i) => e.newText !== f.edits[i].newText);
    return differs ? { ...f, edits: s.edits, snippet: true } : f;
  });
}

function draft(analysis: PacketAnalysis, diagnostic: PacketDiagnostic, doc: Document.Parsed, snippets: boolean): PacketFix[] {
  const ctx: FixContext = { analysis, diagnostic, doc, text: analysis.text, layout: layoutOf(analysis), writer: () => new TextWriter(snippets) };
  try {
    return byKind(ctx, diagnostic.data!).map((f) => ({ ...f }));
  } catch {
    // A fix that cannot work out where to write offers nothing rather than a wrong edit.
    return [];
  }
}

function byKind(ctx: FixContext, data: FixData): FixDraft[] {
  switch (data.fix) {
    case 'insert-section':
      return insertSectionFixes(ctx, data.section);
    case 'insert-fields':
      return insertFieldsFixes(ctx, data.path, data.fields);
    case 'set-value':
      return setValueFixes(ctx, data.path, data.key, data.value);
    case 'add-to-list':
      return addToListFixes(ctx, data.path, data.value);
    case 'replace-value':
      return [...replaceValueFixes(ctx, data.candidates), ...declareInstead(ctx)];
    case 'rename-key':
      return renameKeyFixes(ctx, data.candidates);
    case 'remove-key':
      return removeKeyFixes(ctx);
    case 'declare-id':
      return declareIdFixes(ctx, data.kind, data.id);
    default:
      return [];
  }
}

/** An unknown reference may be a typo or an id still to declare: offer both, the typo first. */
function declareInstead(ctx: FixContext): FixDraft[] {
  if (ctx.diagnostic.rule !== 'unknown-reference') return [];
  const { span } = ctx.diagnostic;
  const ref = ctx.analysis.index.references.find((r) => r.span.start === span.start && r.span.end === span.end);
  if (!ref) return [];
  return declareIdFixes(ctx, ref.kind, ref.id).map((f) => ({ ...f, isPreferred: false, safe: false }));
}

const BREAKING = new Set(['yaml-syntax', 'duplicate-key']);

function parseErrors(problems: readonly PacketDiagnostic[]): number {
  return problems.filter((p) => BREAKING.has(p.rule) && p.severity === 'error').length;
}

/** Whether applying the fix leaves no more YAML errors than there are now. */
export function keepsParsing(analysis: PacketAnalysis, fix: { edits: PacketFix['edits'] }): boolean {
  try {
    return parseErrors(parsePacket(applyEdits(analysis.text, fix.edits)).problems) <= parseErrors(analysis.parsed.problems);
  } catch {
    return false;
  }
}
