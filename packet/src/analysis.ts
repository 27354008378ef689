import { checkPacket, type CheckOptions } from './check';
import type { PacketDiagnostic } from './diagnostic';
import { buildIdIndex, type IdIndex } from './model/id-index';
import { parsePacket, type ParsedPacket } from './parse/parse-packet';

/**
 * One document version's analysis. The parse happens once; the id index and
 * the diagnostics are computed on first use and then shared by every feature.
 */
export class PacketAnalysis {
  readonly parsed: ParsedPacket;
  private indexCache: IdIndex | undefined;
  private diagnosticsCache: { key: string; list: PacketDiagnostic[] } | undefined;

  constructor(text: string) {
    this.parsed = parsePacket(text);
  }

  get text(): string {
    return this.parsed.text;
  }

  get index(): IdIndex {
    this.indexCache ??= buildIdIndex(this.parsed.doc);
    return this.indexCache;
  }

  diagnostics(options: CheckOptions = {}): PacketDiagnostic[] {
    const key = JSON.stringify([options.rules ?? {}, options.exceptionTypes ?? []]);
    if (this.diagnosticsCache?.key !== key) this.diagnosticsCache = { key, list: checkPacket(this.parsed, options) };
    return this.diagnosticsCache.list;
  }
}
