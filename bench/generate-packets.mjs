// Large packets for the benchmark, grown from the bundled example: more steps,
// actions, exception types, metrics and owners, each with fresh ids, chained
// so the packet stays valid. With `plant`, exactly three known problems are
// written in (one unknown reference, one bad authority value, one unknown key)
// so the benchmark can check that both servers really looked before timing them.
//
// CLI: `node bench/generate-packets.mjs [outDir] [lines...]` writes
// packet-<lines>.yaml files (default: bench/out/packets, 1000 5000 20000 50000).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_PATH = join(ROOT, 'test-fixtures/valid/partner-triage/handoff.yaml');
export const SIZES = [1000, 5000, 20000, 50000];

/** Lines one generated unit adds (a step, an action, an exception type, a metric, an owner). */
const UNIT_LINES = 80 / 3;

const step = (i, next) => [
  `  - id: gen-step-${i}`,
  `    trigger: Batch ${i} of normalised applications is ready for the second review pass`,
  `    inputs: { required: [normalised record, disposition draft], optional: [referral code] }`,
  `    checks: [batch ${i} totals agree with the portal export, no field was cut short during intake]`,
  `    output: Reviewed batch ${i}, handed to the next pass`,
  `    next: ${next}`,
];

const action = (i, authority, approver) => [
  `    - id: gen-action-${i}`,
  `      does: Add follow-up note ${i} to the HubSpot company timeline`,
  `      system: hubspot`,
  `      authority: ${authority}`,
  ...(approver ? [`      approver: ${approver}`] : []),
  `      reversible: true`,
  `      undo: Delete follow-up note ${i} from the company timeline`,
];

const exceptionType = (i) => [
  `    - type: generated_case_${i}`,
  `      means: Batch ${i} arrives with fields the classifier has not seen before`,
  `      response: escalate`,
  `      owner: gen-owner-${i}`,
  `      reviewer_gets: [batch id, list of unexpected fields, link to the raw submission]`,
];

const metric = (i, extraKey) => [
  `  - id: gen-metric-${i}`,
  `    measures: Share of batch ${i} dispositions a partner manager later changed`,
  `    target: "<= 5%"`,
  ...(extraKey ? [`    ${extraKey}`] : []),
  `    alert_when: "> 10% over a week"`,
  `    source: HubSpot report "Batch ${i} overrides"`,
];

const owner = (i) => [`  - id: gen-owner-${i}`, `    role: Partner manager for batch ${i}`, `    contact: batch-${i}@example.com`, `    owns: []`];

/** The planted problems: what our server reports, and whether a JSON Schema can see it at all. */
export const PLANTED = [
  { rule: 'unknown-reference', marker: 'approver: no-such-owner', schemaVisible: false },
  { rule: 'schema', marker: 'authority: sometimes', schemaVisible: true },
  { rule: 'unknown-key', marker: 'escalates_to: ops-lead', schemaVisible: true },
];

/** Inserts `lines` at the end of the section that starts with `header` (a line of its own). */
function appendToSection(text, header, lines) {
  const start = text.indexOf(`\n${header}\n`);
  if (start < 0) throw new Error(`generate-packets: the example has no "${header}" section`);
  // The section runs to the next top-level key; entries go before the blank lines above it.
  const next = text.slice(start + header.length + 2).search(/^[a-z_]+:/m);
  let end = next < 0 ? text.length : start + header.length + 2 + next;
  while (text[end - 1] === '\n' && text[end - 2] === '\n') end--;
  return text.slice(0, end) + lines.join('\n') + '\n' + text.slice(end);
}

/**
 * A packet of about `targetLines` lines. Without `plant` it is valid; with it,
 * it holds exactly the three PLANTED problems, a quarter, half and three
 * quarters of the way through the generated entries.
 */
export function generatePacket(targetLines, { plant = true } = {}) {
  const base = readFileSync(EXAMPLE_PATH, 'utf8');
  const baseLines = base.split('\n').length;
  const n = Math.max(4, Math.round((targetLines - baseLines) / UNIT_LINES));
  const [refAt, authorityAt, keyAt] = [Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4)];
  const steps = [];
  const actions = [];
  const types = [];
  const metrics = [];
  const owners = [];
  for (let i = 1; i <= n; i++) {
    steps.push(...step(i, i < n ? `gen-step-${i + 1}` : 'done'));
    const approval = i % 3 !== 0;
    if (plant && i === refAt) actions.push(...action(i, 'approval', 'no-such-owner'));
    else if (plant && i === authorityAt) actions.push(...action(i, 'sometimes', undefined));
    else actions.push(...action(i, approval ? 'approval' : 'automatic', approval ? `gen-owner-${i}` : undefined));
    types.push(...exceptionType(i));
    metrics.push(...metric(i, plant && i === keyAt ? 'escalates_to: ops-lead' : undefined));
    owners.push(...owner(i));
  }
  // The example's `record` step ends the happy path; the generated chain continues it.
  const recordAt = base.indexOf('  - id: record\n');
  const nextAt = base.indexOf('    next: done', recordAt);
  let text = base.slice(0, nextAt) + '    next: gen-step-1' + base.slice(nextAt + '    next: done'.length);
  text = appendToSection(text, 'steps:', steps);
  text = appendToSection(text, 'permissions:', actions);
  text = appendToSection(text, 'exceptions:', types);
  text = appendToSection(text, 'metrics:', metrics);
  text = appendToSection(text, 'owners:', owners);
  return text;
}

/** The 0-based line of each planted problem in `text`. */
export function plantedLines(text) {
  const lines = text.split('\n');
  return PLANTED.map((p) => ({ ...p, line: lines.findIndex((l) => l.trimStart() === p.marker) }));
}

function writeWhole(path, content) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? join(ROOT, 'bench/out/packets');
  const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : SIZES;
  mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    const text = generatePacket(size);
    const path = join(outDir, `packet-${size}.yaml`);
    writeWhole(path, text);
    console.log(`${path}: ${text.split('\n').length} lines, ${Buffer.byteLength(text)} bytes`);
  }
}
