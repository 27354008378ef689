// Writes the large members of the hostile-input corpus into
// test-fixtures/hostile/generated/ (git-ignored): files built from a pattern
// repeated thousands of times, a 50 MB scalar, and one ReDoS attack per
// `pattern` in the schemas, read afresh each run so new patterns are covered.
// The small members are committed as they are, next to this folder.
//
// Usage: node scripts/generate-hostile.mjs   (the hostile tests call it too)
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HOSTILE_DIR = join(root, 'test-fixtures', 'hostile');
export const GENERATED_DIR = join(HOSTILE_DIR, 'generated');

const DEPTH = 5000;
const MB = 1024 * 1024;

/** The fixed members: name → text. Each says what it attacks in `about`. */
function patternCases(example) {
  return [
    {
      name: 'quadratic-aliases.yaml',
      about: 'one anchor of 3,000 items referenced 3,000 times: 9 million values once expanded',
      text: `packet: 1\nbase: &b [${Array(3000).fill('x').join(', ')}]\nlimits:\n  weak_at: [${Array(3000).fill('*b').join(', ')}]\n`,
    },
    { name: 'nest-flow-seq.yaml', about: '5,000 nested [ ] pairs', text: `packet: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n` },
    { name: 'nest-flow-seq-unclosed.yaml', about: '5,000 [ never closed', text: `packet: ${'['.repeat(DEPTH)}\n` },
    { name: 'nest-flow-map.yaml', about: '5,000 nested { } mappings', text: `packet: ${'{a: '.repeat(DEPTH)}x${'}'.repeat(DEPTH)}\n` },
    { name: 'nest-flow-map-unclosed.yaml', about: '5,000 { never closed', text: `packet: ${'{'.repeat(DEPTH)}\n` },
    { name: 'nest-block-seq.yaml', about: '5,000 nested block sequences on one line (- - - …)', text: `${'- '.repeat(DEPTH)}x\n` },
    { name: 'nest-block-indent.yaml', about: '400 block mappings each indented one deeper', text: Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n' },
    { name: 'tags-5000.yaml', about: "'! ' (an empty tag) 5,000 times before one value", text: `packet: 1\nworkflow: ${'! '.repeat(DEPTH)}x\n` },
    {
      name: 'unclosed-flow-lines.yaml',
      about: '20,000 lines each opening a [ it never closes: 20,000 syntax errors (yaml alone took seconds on them)',
      text: unclosedFlowLines(20_000),
    },
    { name: 'blank-lines-in-flow.yaml', about: '150,000 blank lines inside a flow sequence', text: `packet: 1\nlimits:\n  weak_at: [a,${'\n'.repeat(150_000)}  b]\n` },
    { name: 'long-key.yaml', about: 'a 1,100-character implicit key (YAML allows 1,024)', text: `packet: 1\n${'k'.repeat(1100)}: value\n` },
    {
      name: 'scalar-50mb.yaml',
      about: 'a 50 MB plain scalar: refused by size before parsing',
      text: `packet: 1\nworkflow:\n  summary: ${'a'.repeat(50 * MB)}\n`,
    },
    {
      name: 'over-full-check.yaml',
      about: 'a valid example padded with a comment to 1.5 MB, between the default limits: parsed, expensive checks skipped',
      text: padTo(example, 1.5 * MB),
    },
    {
      name: 'nest-mixed-90.yaml',
      about: '90 levels of mixed block and flow nesting: deep but under the bound, so read and checked',
      text: `packet: 1\nlimits:\n  weak_at:\n${nestMixed(90)}`,
    },
  ];
}

/** Block sequences, block mappings and flow sequences taking turns, `depth` levels in all. */
function nestMixed(depth) {
  let out = '';
  let indent = 4;
  let level = 0;
  for (; level < depth - 30; level += 2) {
    out += `${' '.repeat(indent)}- k${level}:\n`;
    indent += 4;
  }
  return `${out}${' '.repeat(indent)}- ${'['.repeat(depth - level)}x${']'.repeat(depth - level)}\n`;
}

/** `bad1: [`, `bad2: [`, …: every line opens a flow sequence and none is closed. */
export function unclosedFlowLines(lines) {
  return Array.from({ length: lines }, (_, i) => `bad${i + 1}: [`).join('\n') + '\n';
}

/** One long comment line: the size without the parse cost of many lines. */
function padTo(text, bytes) {
  return `${text}# ${'padding '.repeat(Math.ceil((bytes - text.length) / 8))}\n`;
}

// ---- ReDoS attacks, one per schema pattern ---------------------------------

/** Characters and pairs tried as the pumped part of an attack. */
const POOL = ['a', 'z', '0', '9', '-', '_', '.', ' ', 'A', '@', ':', '/', '+', '\u00e9', 'a-', 'a ', 'a.', 'a_', '0.', 'a@', 'a:', 'a/'];
const ATTACK_REPEAT = 5000;

/** Every `pattern` keyword in schemas/**.json, with the file and JSON pointer where it stands. */
export function schemaPatterns() {
  const out = [];
  const walk = (node, file, pointer) => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, file, `${pointer}/${i}`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'pattern' && typeof v === 'string') out.push({ file, pointer: `${pointer}/pattern`, pattern: v });
        else walk(v, file, `${pointer}/${k}`);
      }
    }
  };
  for (const file of jsonFiles(join(root, 'schemas'))) walk(JSON.parse(readFileSync(file, 'utf8')), relative(root, file), '');
  return out;
}

function jsonFiles(dir) {
  const out = [];
  let names = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...jsonFiles(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * The classic ReDoS shape for a pattern: a prefix, a long run of something
 * the pattern's repetition accepts, then a character that makes it fail, so
 * a backtracking engine tries every way to split the run. The prefix and
 * pump are the ones the pattern accepts furthest on a short probe, which is
 * cheap even for an exponential pattern.
 */
export function attackString(pattern, repeat = ATTACK_REPEAT) {
  const re = new RegExp(pattern, 'u');
  let best = { prefix: '', pump: 'a', score: -1 };
  for (const prefix of ['', ...POOL]) {
    for (const pump of POOL) {
      const probe = prefix + pump.repeat(6);
      let score = 0;
      for (let k = probe.length; k > 0; k--) {
        if (re.test(probe.slice(0, k))) {
          score = k;
          break;
        }
      }
      if (score > best.score) best = { prefix, pump, score };
    }
  }
  const suffix = ['!', '\u0000', '\n', '~', '\u00ff'].find((s) => !re.test(best.prefix + best.pump.repeat(3) + s)) ?? '!';
  return best.prefix + best.pump.repeat(repeat) + suffix;
}

/**
 * The example packet with every string scalar the pattern accepts replaced
 * by the attack, so it reaches whichever fields the pattern guards without
 * having to resolve the schema's $refs. Quoted with JSON escapes, which YAML
 * double quotes read the same way.
 */
function redosCase(example, places, index) {
  const pattern = places[0].pattern;
  const re = new RegExp(pattern, 'u');
  const attack = JSON.stringify(attackString(pattern));
  let replaced = 0;
  const text = example.replace(/^(\s*(?:-\s+)?(?:[A-Za-z_][\w-]*:\s+)?)([a-z][A-Za-z0-9_.-]*)\s*$/gm, (line, head, value) => {
    if (replaced >= 100 || !re.test(value) || /^(true|false|null)$/.test(value)) return line;
    replaced++;
    return head + attack;
  });
  const slug = places[0].file.replace(/^schemas\/(sections\/)?/, '').replace(/\.schema\.json$|\.json$/, '').replace(/[^a-z0-9]+/gi, '-');
  const where = places.map((p) => `${p.file}#${p.pointer}`).join(', ');
  return {
    name: `redos-${String(index).padStart(2, '0')}-${slug}.yaml`,
    about: `ReDoS attack on ${pattern} (${where}) in ${replaced} values`,
    text,
  };
}

function writeWhole(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Writes every generated member and its manifest; returns the manifest
 * (name, what it attacks, size in bytes). Writes are whole-or-nothing, so a
 * test reading while another one generates never sees half a file.
 */
export function generateHostile(outDir = GENERATED_DIR) {
  mkdirSync(outDir, { recursive: true });
  const example = firstValidExample();
  // Several schema places share one pattern (every id, say): one attack per distinct pattern.
  const byPattern = new Map();
  for (const p of schemaPatterns()) byPattern.set(p.pattern, [...(byPattern.get(p.pattern) ?? []), p]);
  const attacks = [...byPattern.values()].map((places, i) => redosCase(example, places, i + 1));
  const cases = [...patternCases(example), ...attacks];
  const manifest = [];
  for (const c of cases) {
    const path = join(outDir, c.name);
    // The 50 MB member (all one letter) costs a second to write; keep it when it is already whole.
    const size = Buffer.byteLength(c.text);
    if (!(size > 10 * MB && exists(path, size))) writeWhole(path, c.text);
    manifest.push({ name: c.name, about: c.about, bytes: size });
  }
  writeWhole(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The first valid example packet; the attacks and padding are built on real content. */
function firstValidExample() {
  const valid = join(root, 'test-fixtures', 'valid');
  for (const dir of readdirSync(valid).sort()) {
    for (const name of ['handoff.yaml', 'handoff.yml']) {
      const path = join(valid, dir, name);
      if (exists(path)) return readFileSync(path, 'utf8');
    }
  }
  throw new Error('no valid example under test-fixtures/valid/*/handoff.yaml to build the attacks on');
}

function exists(path, size) {
  try {
    const st = statSync(path);
    return st.isFile() && (size === undefined || st.size === size);
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = generateHostile();
  for (const m of manifest) console.log(`${m.name.padEnd(44)} ${String(m.bytes).padStart(10)}  ${m.about}`);
}
