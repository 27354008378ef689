import { PacketAnalysis } from '../analysis';
import type { PacketDiagnostic } from '../diagnostic';
import { applyEdits, editsTouch } from './apply-edits';
import { fixesUnchecked, keepsParsing } from './fixes-for';
import { lineDiff } from './line-diff';
import type { FixAllOptions, TextEdit } from './types';

/** Enough for every section of an empty packet inserted one after another, and then some. */
const MAX_PASSES = 40;

/**
 * Applies every safe fix for `diagnostics` and returns the result as edits
 * against the analysed text. Problems a fix brings to light (an approval
 * action whose approver can now be filled) are fixed too, within
 * `options.rules` when given. Fixes are applied in passes: each pass takes the
 * fixes that do not touch one another, then the text is analysed again, so a
 * fix whose place moved (two sections inserted at one point) is computed
 * afresh on the new text instead of being merged by guesswork.
 */
export function fixAll(analysis: PacketAnalysis, diagnostics: readonly PacketDiagnostic[], options: FixAllOptions = {}): TextEdit[] {
  const rules = options.rules;
  const done = new Map<string, number>();
  let current = analysis;
  let list: readonly PacketDiagnostic[] = diagnostics;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const taken: TextEdit[][] = [];
    const keys: string[] = [];
    const seen = new Map<string, number>();
    for (const d of list) {
      if (!d.data || (rules && !rules.has(d.rule))) continue;
      // The same problem reported again after its fix was applied: the fix
      // did not take, so do not loop on it.
      const key = `${d.rule}|${JSON.stringify(d.data)}|${d.message}`;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      if ((done.get(key) ?? 0) >= nth) continue;
      const fix = fixesUnchecked(current, d).find((f) => f.safe);
      if (!fix) continue;
      if (taken.some((t) => t.some((a) => fix.edits.some((b) => editsTouch(a, b))))) continue;
      taken.push(fix.edits);
      keys.push(key);
    }
    if (taken.length === 0) break;
    // One parse checks the whole pass. Should it break the YAML, the fixes
    // are checked one by one and only the first sound one goes in.
    let edits = taken.flat();
    if (!keepsParsing(current, { edits })) {
      const sound = taken.findIndex((t) => keepsParsing(current, { edits: t }));
      const unsound = taken.map((_t, i) => i).filter((i) => i < sound || sound < 0);
      for (const i of unsound) done.set(keys[i], (done.get(keys[i]) ?? 0) + 1);
      if (sound < 0) continue;
      edits = taken[sound];
      keys.splice(0, keys.length, keys[sound]);
    }
    for (const k of keys) done.set(k, (done.get(k) ?? 0) + 1);
    current = new PacketAnalysis(applyEdits(current.text, edits));
    list = current.diagnostics(options.check);
  }
  return lineDiff(analysis.text, current.text);
}
