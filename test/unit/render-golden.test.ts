import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { PacketAnalysis, renderHtml, renderMarkdown } from '../../packet/src';
import { FIXTURES, validExamples } from '../support/fixtures';

// The exported HTML and Markdown of each valid example, compared with a
// reviewed copy in test-fixtures/render/. A change to the output shows up as
// a diff to review; `UPDATE_GOLDEN=1` rewrites the copies after review.

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN_DIR = join(FIXTURES, 'render');

/** `valid/partner-triage/handoff.yaml` → `partner-triage`. */
function goldenName(rel: string): string {
  const file = basename(rel).replace(/\.ya?ml$/, '');
  return file === 'handoff' ? basename(dirname(rel)) : file.replace(/\.handoff$/, '');
}

function check(path: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, actual);
    renameSync(`${path}.tmp`, path);
    return;
  }
  assert.ok(existsSync(path), `No golden file ${path}. Review the output, then run the tests with UPDATE_GOLDEN=1 to create it.`);
  const expected = readFileSync(path, 'utf8');
  // assert.equal on multi-kilobyte strings prints a line diff, which is what a reviewer needs.
  assert.equal(actual, expected, `${basename(path)} differs from the reviewed output. If the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.`);
}

describe('rendered output matches the reviewed golden files', () => {
  for (const { name, text } of validExamples()) {
    const base = join(GOLDEN_DIR, goldenName(name));
    // The golden files pin the output without the readiness header, which has its own tests.
    const analysis = new PacketAnalysis(text);
    it(`${name} as HTML`, () => check(`${base}.html`, renderHtml(analysis, { flavour: 'standalone', readiness: null })));
    it(`${name} as Markdown`, () => check(`${base}.md`, renderMarkdown(analysis, { readiness: null })));
  }
});
