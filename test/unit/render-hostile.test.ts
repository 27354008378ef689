import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PacketAnalysis, renderHtml, renderMarkdown } from '../../packet/src';
import { escapeHtml, escapeMarkdown } from '../../packet/src/render/escape';
import { linkify } from '../../packet/src/render/links';
import { FIXTURES, fixtureFiles, readFixture } from '../support/fixtures';
import { cellCount, htmlText, markdownText, tagsOf, unescapedAngles } from './render-test-helpers';

// Packet text is untrusted. The hostile packet's strings are script tags,
// event handlers, attribute breakouts, dangerous link schemes, bidi
// overrides and very long lines. Whatever they are, the HTML may contain only
// the elements and attributes the renderer writes itself, links only to web
// and mail addresses, and the Markdown no raw HTML at all. (The same packet
// is loaded in a real browser under the preview's CSP in preview-browser.test.ts.)

const HOSTILE = readFixture('hostile-content/handoff.yaml');
const analysis = new PacketAnalysis(HOSTILE);

/** The elements the renderer writes; anything else came from the packet. */
const ELEMENTS = new Set([
  'main', 'header', 'nav', 'section', 'h1', 'h2', 'h3', 'p', 'span', 'a', 'dl', 'div', 'dt', 'dd', 'ul', 'ol', 'li',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption',
  'svg', 'defs', 'marker', 'path', 'g', 'title', 'rect', 'text',
]);
const HEAD_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body']);
const ATTRIBUTES = new Set([
  'class', 'id', 'href', 'rel', 'title', 'scope', 'data-start', 'data-end', 'data-part', 'data-base', 'aria-label', 'role',
  'xmlns', 'width', 'height', 'viewbox', 'x', 'y', 'rx', 'd', 'text-anchor', 'dominant-baseline', 'marker-end',
  'refx', 'refy', 'markerwidth', 'markerheight', 'orient',
]);
const HEAD_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name']);

function assertInertHtml(html: string, standalone: boolean): void {
  for (const tag of tagsOf(html)) {
    const allowed = ELEMENTS.has(tag.name) || (standalone && HEAD_ELEMENTS.has(tag.name));
    assert.ok(allowed, `unexpected element <${tag.name}>`);
    for (const [name, value] of tag.attrs) {
      const n = name.toLowerCase();
      assert.ok(ATTRIBUTES.has(n) || (standalone && HEAD_ATTRIBUTES.has(n)), `unexpected attribute ${name} on <${tag.name}>`);
      if (n === 'href') assert.match(value, /^(https?:\/\/|mailto:|#)/, `link target ${value}`);
      if (n === 'data-start' || n === 'data-end' || n === 'data-base' || n === 'x' || n === 'y' || n === 'width' || n === 'height') assert.match(value, /^-?\d+(\.\d+)?$/);
      if (n === 'class') assert.match(value, /^[a-z0-9 -]*$/, `class ${value}`);
    }
  }
  // Only the page's own <style> and <meta> tags, and never a <script>, in any case.
  assert.doesNotMatch(html, /<script/i);
  assert.equal((html.match(/<style/gi) ?? []).length, standalone ? 1 : 0);
}

describe('hostile packet text in HTML', () => {
  const preview = renderHtml(analysis, { flavour: 'preview' });
  const standalone = renderHtml(analysis, { flavour: 'standalone' });

  it('the preview body has only the renderer\'s own elements and attributes', () => assertInertHtml(preview, false));
  it('the exported page has only the renderer\'s own elements and attributes', () => assertInertHtml(standalone, true));

  it('every hostile string still shows, as text', () => {
    const shown = htmlText(standalone);
    for (const s of ["<script>window.__pwned='summary'</script>", `"><svg onload=window.__pwned='svg'>`, "javascript:window.__pwned='js-link'", 'command:workbench.action.terminal.new', 'file:///etc/passwd']) {
      assert.ok(shown.includes(s), s);
    }
  });

  it('links only web and mail addresses, never other schemes', () => {
    const hrefs = tagsOf(standalone).flatMap((t) => t.attrs.filter(([n]) => n === 'href').map(([, v]) => v.replace(/&amp;/g, '&')));
    const external = hrefs.filter((h) => !h.startsWith('#'));
    assert.ok(external.length > 0, 'the hostile packet has real addresses too');
    for (const h of external) assert.match(h, /^(https:\/\/(example\.com|dashboards\.example)\/|mailto:)/, h);
    assert.ok(!external.some((h) => /javascript:|data:|command:|file:|vscode:/i.test(h)));
  });

  it('shows bidi overrides and zero-width characters as visible markers', () => {
    const shown = htmlText(standalone);
    assert.ok(shown.includes('approve[U+202E]yaw eht no[U+202C]'));
    assert.ok(shown.includes('[U+200B]zero-width'));
    assert.doesNotMatch(standalone, /[\u202A-\u202E\u2066-\u2069\u200B]/);
  });

  it('keeps very long lines whole; the page wraps them', () => {
    assert.ok(htmlText(standalone).includes('A'.repeat(6000)));
    assert.match(standalone, /overflow-wrap: break-word/);
  });
});

describe('hostile packet text in Markdown', () => {
  const md = renderMarkdown(analysis);
  const fence = /```mermaid\n([\s\S]*?)```/.exec(md);
  const outsideFence = fence ? md.replace(fence[0], '') : md;

  it('has no raw HTML: every < is escaped', () => {
    assert.deepEqual(unescapedAngles(outsideFence).map((i) => outsideFence.slice(i, i + 30)), []);
  });

  it('writes only step ids of the id alphabet into the Mermaid chart', () => {
    assert.ok(fence);
    assert.match(fence[1], /^[a-zA-Z0-9 \-\n[\]"()>:]*$/);
    assert.ok(!fence[1].includes('script'));
  });

  it('links only web and mail addresses', () => {
    const targets = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const t of targets) assert.match(t, /^(https?:\/\/|mailto:)/, t);
  });

  it('keeps every table row to its columns: | in text cannot add a cell', () => {
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| .* \|$/.test(lines[i]) || !/^\| ---/.test(lines[i + 1] ?? '')) continue;
      const width = cellCount(lines[i]);
      for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) assert.equal(cellCount(lines[j]), width, lines[j].slice(0, 80));
    }
  });

  it('cannot start a heading, list or quote from inside a value', () => {
    assert.ok(markdownText(md).includes('line one | --- | --- | # not a heading - not a list'));
    assert.doesNotMatch(md, /^# not a heading/m);
  });

  it('shows bidi overrides as visible markers', () => {
    assert.doesNotMatch(md, /[\u202A-\u202E\u2066-\u2069\u200B]/);
    assert.ok(markdownText(md).includes('approve[U+202E]'));
  });
});

describe('escaping building blocks', () => {
  it('escapeHtml leaves nothing that opens a tag or closes an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&\``), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
  });

  it('escapeMarkdown escapes markup, pipes and a leading block marker', () => {
    assert.equal(escapeMarkdown('a | b'), 'a \\| b');
    assert.equal(escapeMarkdown('<b>'), '\\<b\\>');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('1. item'), '1\\. item');
    assert.equal(escapeMarkdown('[x](javascript:y)'), '\\[x\\]\\(javascript:y\\)');
  });

  it('linkify links web and mail addresses only', () => {
    const links = (s: string) => linkify(s).flatMap((r) => (r.href ? [r.href] : []));
    assert.deepEqual(links('see https://example.com/a, or mail ops@example.com.'), ['https://example.com/a', 'mailto:ops@example.com']);
    assert.deepEqual(links('javascript:alert(1) data:text/html,x command:foo file:///etc vscode://x'), []);
    assert.deepEqual(links('(https://example.com/x)'), ['https://example.com/x']);
    assert.deepEqual(links('https://user:pw@example.com/'), []);
  });

  it('linkify keeps the text whole', () => {
    const s = 'a https://example.com/x b c@d.org e';
    assert.equal(linkify(s).map((r) => r.text).join(''), s);
  });
});

describe('the robustness corpus renders without throwing', () => {
  // Size bombs and deep nesting: the renderer must finish and say something.
  const files = fixtureFiles('hostile').filter((rel) => statSync(join(FIXTURES, rel)).size < 5_000_000);
  for (const rel of files) {
    it(rel, () => {
      const a = new PacketAnalysis(readFileSync(join(FIXTURES, rel), 'utf8'));
      assert.ok(renderHtml(a, { flavour: 'preview' }).startsWith('<main'));
      assert.ok(renderMarkdown(a).startsWith('# '));
    });
  }
});
