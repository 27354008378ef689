import { checkPacket, type CheckOptions } from './check';
import type { PacketDiagnostic } from './diagnostic';
import { buildIdIndex, type IdIndex } from './model/id-index';
import { parsePacket, type ParsedPacket } from './parse/parse-packet';
import { reparsePacket } from './parse/incremental';
import type { PacketLimits } from './limits';

/**
 * One document version's analysis. The parse happens once; the id index and
 * the diagnostics are computed on first use and then shared by every feature.
 */
export class PacketAnalysis {
  readonly parsed: ParsedPacket;
  private indexCache: IdIndex | undefined;
  private diagnosticsCache: { key: string; list: PacketDiagnostic[] } | undefined;

  /**
   * `limits.maxBytes` decides here whether the text is parsed at all. With
   * `previous` (the analysis of the version before an edit) only the part of
   * the text that changed is parsed again where that is safe; `previous` is
   * consumed and must not be read afterwards, as its nodes move into this one.
   */
  constructor(text: string, limits?: Partial<PacketLimits>, previous?: PacketAnalysis) {
    this.parsed = previous ? reparsePacket(previous.parsed, text, limits) : parsePacket(text, limits);
  }

  get text(): string {
    return this.parsed.text;
  }

  /**
   * Whether the YAML parses: no syntax error, and a document to read. While
   * a line is half typed it usually does not, and what is read from the
   * broken text (readiness, lenses) would flicker; callers may keep the
   * answers of the last version that parsed instead.
   */
  get parses(): boolean {
    return this.parsed.doc !== undefined && !this.parsed.problems.some((p) => p.rule === 'yaml-syntax');
  }

  get index(): IdIndex {
    this.indexCache ??= buildIdIndex(this.parsed.doc);
    return this.indexCache;
  }

  diagnostics(options: CheckOptions = {}): PacketDiagnostic[] {
    const key = JSON.stringify([options.rules ?? {}, options.exceptionTypes ?? [], options.limits ?? {}]);
    if (this.diagnosticsCache?.key !== key) this.diagnosticsCache = { key, list: checkPacket(this.parsed, options, this.index) };
    return this.diagnosticsCache.list;
  }
}
