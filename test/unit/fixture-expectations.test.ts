import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket, type CheckOptions, type PacketDiagnostic } from '../../packet/src';
import { fixtureFiles, readFixture } from '../support/fixtures';
import { readWants, type Want } from '../support/want-comments';

// Each invalid fixture says inline which problems it must produce; the check
// must report exactly those (rule, place, message text) and nothing else.
// Valid examples must produce nothing at all.

/** `# fixture-options: {...}` in a fixture sets check options (JSON). */
function optionsOf(text: string): CheckOptions {
  const m = /^#\s*fixture-options:\s*(\{.*\})\s*$/m.exec(text);
  return m ? (JSON.parse(m[1]) as CheckOptions) : {};
}

function matches(d: PacketDiagnostic, w: Want, parsed: ReturnType<typeof parsePacket>): boolean {
  if (d.rule !== w.rule || !d.message.includes(w.text)) return false;
  const start = parsed.lines.positionAt(d.span.start);
  const end = parsed.lines.positionAt(d.span.end);
  if (start.line !== w.line) return false;
  if (w.startCol !== undefined && start.character !== w.startCol) return false;
  if (w.endCol !== undefined && !(end.line === (w.endLine ?? w.line) && end.character === w.endCol)) return false;
  return true;
}

function show(d: PacketDiagnostic, parsed: ReturnType<typeof parsePacket>): string {
  const s = parsed.lines.positionAt(d.span.start);
  const e = parsed.lines.positionAt(d.span.end);
  return `${d.rule} ${s.line + 1}:${s.character}-${e.line + 1}:${e.character} ${JSON.stringify(d.message)}`;
}

describe('invalid fixtures report exactly what they declare', () => {
  for (const rel of fixtureFiles('invalid')) {
    it(rel, () => {
      const text = readFixture(rel);
      const wants = readWants(text);
      assert.ok(wants.length > 0, `${rel} declares no expected problem`);
      const parsed = parsePacket(text);
      const got = checkPacket(parsed, optionsOf(text));
      const unmatched = [...got];
      const missing: Want[] = [];
      for (const w of wants) {
        const i = unmatched.findIndex((d) => matches(d, w, parsed));
        if (i >= 0) unmatched.splice(i, 1);
        else missing.push(w);
      }
      const report = [
        ...missing.map((w) => `missing: ${w.rule} on line ${w.line + 1}${w.startCol !== undefined ? ` col ${w.startCol}-${w.endCol ?? '…'}` : ''} "${w.text}" (want on line ${w.at})`),
        ...unmatched.map((d) => `unexpected: ${show(d, parsed)}`),
      ];
      assert.deepEqual(report, [], report.join('\n'));
    });
  }
});
