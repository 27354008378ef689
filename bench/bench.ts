// Side-by-side benchmark: our bundled server against yaml-language-server on
// the same documents, plus the library's full check against yaml's parse.
// Start it with `npm run bench` (bench/run-bench.mjs finds Node 24 and runs
// this file with it, so both servers run under the same Node).
//
// Flags: --sizes=1000,5000 (generated sizes; default all), --edits=60,
// --label=NAME (also keeps bench/out/run-NAME.json), --no-write (leave
// results.md and latency.svg alone), --in-process-only, --server=PATH (a
// server bundle other than dist/server.js, e.g. a copy kept from before a change).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: a plain .mjs script, shared with the command line
import { EXAMPLE_PATH, generatePacket, plantedLines, SIZES } from './generate-packets.mjs';
import { BENCH_LIMITS, measureInProcess, type InProcessResult } from './in-process';
import { latencySvg } from './latency-svg';
import { renderTables, writeResults, writeWhole, type RunInfo } from './report';
import { measurePair, type BenchDocument, type Contender, type ServerResult } from './server-runs';
import { median } from './stats';

const ROOT = join(__dirname, '..');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

process.once('SIGINT', () => process.exit(130));

const schemaUri = pathToFileURL(join(ROOT, 'schemas/handoff.schema.json')).href;
// The settings the brief of this comparison names; the schema store is off so
// the comparison never waits on the network.
const yamlSettings = { schemas: { [schemaUri]: ['*.yaml'] }, validate: true, hover: true, completion: true, schemaStore: { enable: false } };

const SERVERS: [Contender, Contender] = [
  {
    spec: {
      name: 'ours',
      command: process.execPath,
      args: [arg('server') ?? join(ROOT, 'dist/server.js'), '--stdio'],
      // The generated 50,000-line packet is above the default size limits; raise them so it gets the full check.
      configuration: (section) => (section === 'handoff' ? { rules: {}, exceptionTypes: [], limits: BENCH_LIMITS } : null),
      pullsSettings: true,
    },
    languageId: 'handoff',
    checkRuleIds: true,
  },
  {
    spec: {
      name: 'yaml-language-server',
      command: process.execPath,
      args: [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
      configuration: (section) => (section === 'yaml' ? yamlSettings : section === 'editor' ? { tabSize: 2 } : {}),
      pushSettings: { yaml: yamlSettings },
      // The schema's $id, and so its $refs, name the format's web address; like
      // the VS Code YAML extension, the client serves that content (from schemas/).
      afterInitialized: [{ method: 'yaml/registerContentRequest' }],
      requests: { 'vscode/content': (uri) => schemaContent(String(uri)) },
    },
    languageId: 'yaml',
    checkRuleIds: false,
  },
];

const SCHEMA_HOME = 'https://handoff-packet.dev/schemas/v1/';

function schemaContent(uri: string): string {
  if (!uri.startsWith(SCHEMA_HOME) || uri.includes('..')) throw new Error(`bench serves only the packet schemas, not ${uri}`);
  return readFileSync(join(ROOT, 'schemas', uri.slice(SCHEMA_HOME.length).split('#')[0]), 'utf8');
}

function documents(): BenchDocument[] {
  const sizes = arg('sizes')?.split(',').map(Number) ?? (SIZES as number[]);
  const example = readFileSync(EXAMPLE_PATH as string, 'utf8');
  const docs: BenchDocument[] = [{ name: 'example', text: example, lines: example.split('\n').length, planted: [] }];
  for (const size of sizes) {
    const text = generatePacket(size) as string;
    const planted = plantedLines(text) as BenchDocument['planted'];
    if (planted.some((p) => p.line < 0)) throw new Error(`generated packet ${size} lacks a planted problem`);
    docs.push({ name: `generated ${size}`, text, lines: text.split('\n').length, planted });
  }
  return docs;
}

function cpuModel(): string {
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  } catch {
    return cpus()[0]?.model ?? 'unknown CPU';
  }
}

function packageVersion(path: string): string {
  return (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { version: string }).version;
}

/** Node's own start-up on this machine now (spawn to exit of an empty script): the floor for any server's. */
function bareNodeStartMs(): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['-e', '0'], { timeout: 30_000 });
    if (r.status === 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const nodeStartMs = bareNodeStartMs();
  const docs = documents();
  const edits = Number(arg('edits') ?? 60);
  const serverResults: ServerResult[] = [];
  const inProcess: InProcessResult[] = [];
  const rootUri = pathToFileURL(join(ROOT, 'bench/out/workspace')).href;
  for (const doc of docs) {
    const runs = doc.lines <= 5_000 ? 20 : doc.lines <= 20_000 ? 8 : 5;
    const ip = measureInProcess(doc, runs);
    inProcess.push(ip);
    console.log(`${doc.name}: parseDocument ${ip.floorMs.toFixed(1)} ms, full check ${ip.checkMs.toFixed(1)} ms (×${(ip.checkMs / ip.floorMs).toFixed(2)}), edit re-check ${ip.editMs.toFixed(1)} ms (${ip.editsIncremental} of ${ip.editsTimed} incremental)`);
    if (flag('in-process-only')) continue;
    const uri = `${rootUri}/${doc.name.replace(/\s+/g, '-')}/handoff.yaml`;
    const probeRepeats = doc.lines <= 5_000 ? 30 : doc.lines <= 20_000 ? 10 : 6;
    const timeoutMs = 60_000 + doc.lines * 2;
    // Both servers run interleaved on each document; which one starts first alternates from document to document.
    const pair = await measurePair(SERVERS, doc, uri, rootUri, { edits, probeRepeats, timeoutMs, leader: docs.indexOf(doc) % 2 });
    for (const r of pair) {
      serverResults.push(r);
      console.log(
        `  ${r.server}: start ${r.startupMs.toFixed(0)} ms, open ${r.openMs.toFixed(0)} ms, edit p50 ${r.edit.p50.toFixed(1)} p95 ${r.edit.p95.toFixed(1)} ms, ` +
          `completion p95 ${r.completion.p95.toFixed(1)} ms, hover p95 ${r.hover.p95.toFixed(1)} ms, peak ${r.peakRssMb?.toFixed(0)} MB; reported ${r.reported}`,
      );
    }
  }
  const info: RunInfo = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: cpuModel(),
    cores: cpus().length,
    node: process.version,
    nodeStartMs,
    load: `${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
    theirs: `yaml-language-server ${packageVersion('node_modules/yaml-language-server/package.json')}`,
    ours: `handoff-packet ${packageVersion('package.json')}`,
    docs: docs.map((d) => ({ name: d.name, lines: d.lines, bytes: Buffer.byteLength(d.text) })),
  };
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  const label = arg('label');
  if (label) writeFileSync(join(ROOT, `bench/out/run-${label}.json`), JSON.stringify({ info, serverResults, inProcess }, null, 2));
  if (flag('no-write') || flag('in-process-only')) return;
  writeResults(join(ROOT, 'bench/results.md'), renderTables(info, serverResults, inProcess));
  const series = SERVERS.map(({ spec }, i) => ({
    name: spec.name === 'ours' ? 'handoff language server' : spec.name,
    color: i === 0 ? '#1f6feb' : '#d1242f',
    points: serverResults.filter((r) => r.server === spec.name).map((r) => ({ lines: docs.find((d) => d.name === r.doc)!.lines, ...r.edit })),
  }));
  writeWhole(join(ROOT, 'bench/latency.svg'), latencySvg(series, `Edit to diagnostics, ${info.date}`));
  console.log('wrote bench/results.md and bench/latency.svg');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
