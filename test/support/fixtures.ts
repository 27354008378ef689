import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test-fixtures');

/** Every file under `dir` whose name passes `keep`, sorted, as paths relative to test-fixtures/. */
export function fixtureFiles(dir: string, keep: (name: string) => boolean = (n) => /\.ya?ml$/.test(n)): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (keep(name)) out.push(relative(FIXTURES, full));
    }
  };
  walk(join(FIXTURES, dir));
  return out;
}

export function readFixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** The valid example packets, by folder name. */
export function validExamples(): { name: string; text: string }[] {
  return fixtureFiles('valid', (n) => /^handoff\.ya?ml$/.test(n) || /\.handoff\.ya?ml$/.test(n)).map((rel) => ({ name: rel, text: readFixture(rel) }));
}

/** The bundled example the README uses. */
export const BUNDLED_EXAMPLE = 'valid/partner-triage/handoff.yaml';

export function bundledExample(): string {
  return readFixture(BUNDLED_EXAMPLE);
}
