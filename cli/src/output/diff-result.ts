import type { ChangeReport, PacketAnalysis, PacketChange } from '../../../packet/src';
import { region } from './check-result';

/** One packet's comparison, with both analyses to turn spans into positions. */
export interface DiffFile {
  /** The new version as shown to people. */
  display: string;
  /** The old version as shown: a path, or `rev:path` for git. */
  oldLabel: string;
  /** `added`: the old side has no such file, so there is nothing to compare. */
  status: 'compared' | 'added';
  report?: ChangeReport;
  oldAnalysis?: PacketAnalysis;
  newAnalysis?: PacketAnalysis;
}

export interface ChangeLocation {
  side: 'new' | 'old';
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a change is shown: in the new file, or in the old one for a removal. */
export function locate(f: DiffFile, c: PacketChange): ChangeLocation | undefined {
  const useOld = c.at === 'old' && c.old && f.oldAnalysis;
  if (useOld) return { side: 'old', path: f.oldLabel, ...region(f.oldAnalysis!, { span: c.old! }) };
  if (c.new && f.newAnalysis) return { side: 'new', path: f.display, ...region(f.newAnalysis, { span: c.new }) };
  return undefined;
}

export function locationText(f: DiffFile, c: PacketChange): string {
  const at = locate(f, c);
  return at ? `${at.path}:${at.line}:${at.column}` : f.display;
}
