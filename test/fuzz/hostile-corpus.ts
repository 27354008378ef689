// The hostile-input corpus as the tests see it: the committed files in
// test-fixtures/hostile/, the generated ones (written on first use by
// scripts/generate-hostile.mjs) and a few texts no UTF-8 file can hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHostile, type HostileManifestEntry } from '../../scripts/generate-hostile.mjs';
import { FIXTURES } from '../support/fixtures';

export const HOSTILE_DIR = join(FIXTURES, 'hostile');
export const GENERATED_DIR = join(HOSTILE_DIR, 'generated');

export interface HostileCase {
  name: string;
  about: string;
  /** A file to read, or undefined for an in-memory case. */
  path?: string;
  /** The text an editor forced to UTF-8 would hand over (read lazily: one member is 50 MB). */
  text(): string;
}

let generated: HostileManifestEntry[] | undefined;

/** Runs the generator once per process; every test that needs the corpus calls this. */
export function ensureGenerated(): HostileManifestEntry[] {
  generated ??= generateHostile(GENERATED_DIR);
  return generated;
}

/** Bytes decoded as UTF-8, as an editor set to UTF-8 (and the CLI) would. */
export function readAsUtf8(path: string): string {
  return readFileSync(path).toString('utf8');
}

/** In-memory members: characters a UTF-8 file cannot carry, built in the text itself. */
const IN_MEMORY: { name: string; about: string; text: string }[] = [
  { name: 'raw-lone-surrogates', about: 'lone UTF-16 surrogates in the text itself (an editor can hold them)', text: 'packet: 1\nworkflow:\n  name: high \ud800 low \udc00 end\n' },
  { name: 'raw-lone-cr-only', about: 'only carriage returns, no line feed at all', text: 'packet: 1\rworkflow:\r  name: Old Mac\r' },
];

export function hostileCorpus(): HostileCase[] {
  const manifest = ensureGenerated();
  const committed = readdirSync(HOSTILE_DIR)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name): HostileCase => {
      const path = join(HOSTILE_DIR, name);
      return { name, about: firstComment(path) ?? name, path, text: () => readAsUtf8(path) };
    });
  const made = manifest.map((m): HostileCase => {
    const path = join(GENERATED_DIR, m.name);
    return { name: m.name, about: m.about, path, text: () => readAsUtf8(path) };
  });
  const memory = IN_MEMORY.map((m): HostileCase => ({ name: m.name, about: m.about, text: () => m.text }));
  return [...committed, ...made, ...memory];
}

function firstComment(path: string): string | undefined {
  const head = readFileSync(path).subarray(0, 200).toString('utf8');
  return /^# (.*)/.exec(head)?.[1];
}

// ---- what each member must report ------------------------------------------

export interface Expectation {
  rule: string;
  severity?: 'error' | 'warning' | 'info';
  message: RegExp;
  /** At most this many diagnostics: the reader must not drown. */
  max?: number;
}

const ALIAS_BOMB: Expectation = { rule: 'yaml-syntax', severity: 'error', message: /alias bomb/ };
const CYCLE: Expectation = { rule: 'yaml-syntax', severity: 'error', message: /contains it/ };
const TOO_DEEP: Expectation = { rule: 'yaml-syntax', severity: 'error', message: /nest more than \d+ levels deep/, max: 3 };
const NUL: Expectation = { rule: 'yaml-syntax', severity: 'error', message: /NUL byte/, max: 3 };

/** What each member must report. A member without an entry fails the test, so new attacks get one. */
export function expectationFor(name: string): Expectation | 'some-diagnostic' | undefined {
  if (/^redos-/.test(name)) return 'some-diagnostic';
  if (/^nest-(flow|block)-/.test(name)) return TOO_DEEP;
  const table: Record<string, Expectation> = {
    'billion-laughs.yaml': ALIAS_BOMB,
    'quadratic-aliases.yaml': ALIAS_BOMB,
    'self-alias.yaml': CYCLE,
    'merge-self.yaml': CYCLE,
    // Deep, but under the bound: read and checked like any packet.
    'nest-mixed-90.yaml': { rule: 'missing-section', message: /no `workflow` section/ },
    'tags-5000.yaml': { rule: 'yaml-syntax', severity: 'error', message: /more than \d+ YAML syntax errors/, max: 50 },
    // Read up to a budget of syntax errors, then one diagnostic says reading stopped; at most 50 listed.
    'unclosed-flow-lines.yaml': { rule: 'yaml-syntax', severity: 'error', message: /more than \d+ YAML syntax errors, so it was read only up to here/, max: 50 },
    'blank-lines-in-flow.yaml': { rule: 'yaml-syntax', severity: 'error', message: /\[list\]|not closed/, max: 5 },
    'long-key.yaml': { rule: 'yaml-syntax', severity: 'error', message: /1,024/ },
    'scalar-50mb.yaml': { rule: 'file-too-large', severity: 'error', message: /not read at all.*handoff\.limits\.maxBytes/s, max: 1 },
    'over-full-check.yaml': { rule: 'file-too-large', severity: 'info', message: /only its YAML syntax.*handoff\.limits\.fullCheckBytes/s, max: 1 },
    'proto-keys.yaml': { rule: 'unknown-reference', message: /No system has the id "constructor"/ },
    'conflict-markers.yaml': { rule: 'yaml-syntax', severity: 'error', message: /unresolved merge conflict/ },
    'nul-byte.yaml': NUL,
    'utf16le-bom.yaml': NUL,
    'utf16be.yaml': NUL,
    'latin1.yaml': { rule: 'yaml-syntax', severity: 'warning', message: /not UTF-8/ },
    'lone-surrogates.yaml': { rule: 'yaml-syntax', severity: 'warning', message: /surrogate pair/ },
    'raw-lone-surrogates': { rule: 'yaml-syntax', severity: 'warning', message: /surrogate pair/ },
    // The mark is allowed: only the sections this member lacks are reported.
    'bom.yaml': { rule: 'missing-section', severity: 'error', message: /systems/ },
    // CRLF endings are allowed: only the sections this member lacks are reported.
    'crlf.yaml': { rule: 'missing-section', severity: 'error', message: /systems/ },
    'mixed-line-endings.yaml': { rule: 'yaml-syntax', severity: 'warning', message: /carriage return alone/ },
    'raw-lone-cr-only': { rule: 'yaml-syntax', severity: 'warning', message: /carriage return alone/ },
  };
  return table[name];
}

/** Why the diagnostics miss the member's expectation, or undefined when they meet it. */
export function expectationProblem(name: string, diagnostics: readonly { rule: string; severity: string; message: string }[]): string | undefined {
  const expected = expectationFor(name);
  if (!expected) return `no expectation for ${name}: add one to expectationFor`;
  const list = () => diagnostics.map((d) => `  ${d.rule}/${d.severity}: ${d.message.slice(0, 160)}`).slice(0, 12).join('\n');
  if (expected === 'some-diagnostic') return diagnostics.length > 0 ? undefined : 'expected at least one diagnostic, got none';
  const hit = diagnostics.some((d) => d.rule === expected.rule && (!expected.severity || d.severity === expected.severity) && expected.message.test(d.message));
  if (!hit) return `expected ${expected.rule}${expected.severity ? `/${expected.severity}` : ''} matching ${expected.message}, got:\n${list()}`;
  if (expected.max !== undefined && diagnostics.length > expected.max) return `expected at most ${expected.max} diagnostics, got ${diagnostics.length}:\n${list()}`;
  const internal = diagnostics.filter((d) => /Internal error/.test(d.message));
  if (internal.length) return `a check crashed on it:\n${internal.map((d) => `  ${d.message}`).join('\n')}`;
  return undefined;
}

/**
 * Short hostile pieces the fuzzer pastes into documents: each is one of the
 * corpus's attacks in miniature, small enough to paste thousands of times.
 */
export const HOSTILE_SNIPPETS: readonly string[] = [
  'a: &a [*a]\n',
  'b: &b\n  <<: *b\n',
  'l: &l [x, x, x, x, x, x, x, x]\nm: &m [*l, *l, *l, *l, *l, *l, *l, *l]\nn: [*m, *m, *m, *m, *m, *m, *m, *m]\n',
  '['.repeat(300),
  '{'.repeat(300),
  '- '.repeat(300),
  '! '.repeat(300),
  `[a,${'\n'.repeat(500)}b]`,
  `${'k'.repeat(1100)}: v\n`,
  '__proto__: { polluted: true }\nconstructor: x\n',
  '<<<<<<< HEAD\n=======\n>>>>>>> branch\n',
  '\u0000',
  '\ufeff',
  '\r',
  '\r\n',
  '\t',
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '\ufffd',
  '"\\uD800"',
  '"unterminated',
  "'unterminated",
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '? complex\n: key\n',
  '!!binary aGVsbG8=',
  '&anchor ',
  '*missing ',
  '#',
  ': : :',
  '- [ {a: [ {b: }] } ]',
];
