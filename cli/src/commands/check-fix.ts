import { applyEdits, fixAll } from '../../../packet/src/fixes';
import { PacketAnalysis, type CheckOptions } from '../../../packet/src';
import type { TextEncodingName } from '../files/decode-text';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * `--fix`: the editor's Fix all (the safe fixes only) applied to a file,
 * written whole or not at all, in the encoding it was read in. Returns the
 * analysis of what is now on disk, so the report shows what is left.
 */
export function fixFile(file: string, shown: string, analysis: PacketAnalysis, encoding: TextEncodingName, options: CheckOptions): PacketAnalysis {
  const edits = fixAll(analysis, analysis.diagnostics(options), { check: options });
  if (edits.length === 0) return analysis;
  const fixed = applyEdits(analysis.text, edits);
  if (fixed === analysis.text) return analysis;
  writeFileAtomic(file, encode(fixed, encoding), { overwrite: true, overwriteHint: '', shown });
  return new PacketAnalysis(fixed, options.limits);
}

function encode(text: string, encoding: TextEncodingName): string | Buffer {
  if (encoding === 'utf-8') return text;
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
