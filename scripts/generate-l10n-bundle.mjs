// Writes l10n/bundle.l10n.json, the English bundle of every string the client
// passes to vscode.l10n.t, read from client/src. Translators copy it to
// bundle.l10n.<locale>.json. test/unit/l10n.test.ts fails when the bundle and
// the sources disagree: after adding or changing a string, run
//   node scripts/generate-l10n-bundle.mjs
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'l10n', 'bundle.l10n.json');

const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`' };

/** The string literal starting at `text[at]` (a quote), unescaped, or an error for anything else. */
function readLiteral(text, at, file) {
  const quote = text[at];
  if (!`'"\``.includes(quote)) throw new Error(`${file}: l10n.t must be given a string literal, at offset ${at}`);
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return out;
    if (c === '\\') {
      const next = text[++i];
      if (!(next in ESCAPES)) throw new Error(`${file}: unsupported escape \\${next} in an l10n.t string`);
      out += ESCAPES[next];
    } else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      throw new Error(`${file}: l10n.t strings take {0} placeholders, not \${…}`);
    } else out += c;
  }
  throw new Error(`${file}: unterminated l10n.t string`);
}

/** Every message passed to l10n.t in the .ts files under `dir`. */
export function l10nMessages(dir = join(ROOT, 'client', 'src')) {
  const messages = new Set();
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/\bl10n\.t\(\s*/g)) messages.add(readLiteral(text, m.index + m[0].length, full));
      }
    }
  };
  walk(dir);
  return [...messages].sort();
}

/** The bundle's text: message → message, sorted, so diffs stay small. */
export function bundleText(messages) {
  return `${JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const messages = l10nMessages();
  mkdirSync(dirname(BUNDLE), { recursive: true });
  writeFileSync(`${BUNDLE}.tmp`, bundleText(messages));
  renameSync(`${BUNDLE}.tmp`, BUNDLE);
  console.log(`l10n/bundle.l10n.json: ${messages.length} strings`);
}
