import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PacketAnalysis, renderHtml, renderPreviewParts } from '../../packet/src';
import { externalLinkTarget } from '../../client/src/preview/link-policy';
import type { HostMessage } from '../../client/src/preview/messages';
import { previewShellHtml } from '../../client/src/preview/webview-html';
import { readFixture, ROOT, validExamples } from '../support/fixtures';

// The preview page as VS Code would show it: the shell with its CSP, the
// stylesheet and the bundled script, served from a stand-in webview origin
// in headless Chromium. The hostile packet must run nothing, load nothing and
// break nothing; the script must swap bodies in place, highlight the cursor's
// element and report clicks as typed messages.

const ORIGIN = 'https://webview.test';
const NONCE = 'n0nce0000000000000000000000000000';
const HOSTILE = new PacketAnalysis(readFixture('hostile-content/handoff.yaml'));
const VALID_TEXT = validExamples().find((e) => e.name.includes('partner-triage'))!.text;
const VALID = new PacketAnalysis(VALID_TEXT);

let browser: Browser;
let script = '';

before(async () => {
  const bundle = await build({
    entryPoints: [join(ROOT, 'media/src/preview.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0].text;
  browser = await chromium.launch({
    executablePath: process.env.HANDOFF_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  problems: string[];
  requests: string[];
}

/** A page that records everything that would mean "something ran or loaded". */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
  // A string, not a function: the test runner's transform would add helpers the page does not have.
  await page.addInitScript(`
    window.__posted = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m),
      getState: () => (state !== undefined ? state : window.__initialState),
      setState: (s) => { state = s; window.__state = s; },
    });
  `);
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/preview.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
    if (url === `${ORIGIN}/preview.css`) return route.fulfill({ contentType: 'text/css', body: readFileSync(join(ROOT, 'media/preview.css'), 'utf8') });
    if (url.startsWith(`${ORIGIN}/index.html`)) return route.fallback();
    requests.push(url);
    return route.abort();
  });
  return { page, problems, requests };
}

async function openShell(w: Watched, body: string): Promise<void> {
  const html = previewShellHtml({ cspSource: ORIGIN, nonce: NONCE, scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css`, documentUri: 'file:///work/handoff.yaml', body, shell: 5 });
  await w.page.route(`${ORIGIN}/index.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await w.page.goto(`${ORIGIN}/index.html`);
  await w.page.waitForFunction(() => ((window as unknown as { __posted: { type: string }[] }).__posted ?? []).some((m) => m.type === 'ready'));
}

async function send(page: Page, message: HostMessage | unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

/** Nothing ran, nothing loaded, nothing was even attempted and blocked. */
async function assertNothingRan(w: Watched): Promise<void> {
  const state = await w.page.evaluate(() => {
    const win = window as unknown as Record<string, unknown>;
    const bodyElements = Array.from(document.body.querySelectorAll('*'));
    return {
      pwned: win.__pwned ?? null,
      parentPwned: (window.parent as unknown as Record<string, unknown>).__pwned ?? null,
      violations: win.__violations,
      scripts: Array.from(document.scripts).map((s) => s.getAttribute('src') ?? 'inline'),
      forbidden: bodyElements
        .filter((e) => /^(script|iframe|object|embed|form|base|img|meta|link|style|button|input|math)$/i.test(e.tagName))
        .filter((e) => e.getAttribute('src') !== 'https://webview.test/preview.js')
        .map((e) => e.tagName),
      handlers: bodyElements.flatMap((e) => e.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')).map((n) => `${e.tagName}[${n}]`)),
      hrefs: Array.from(document.querySelectorAll('[href], [xlink\\:href]')).map((e) => e.getAttribute('href') ?? ''),
      location: location.href,
    };
  });
  assert.equal(state.pwned, null, 'an injected script set window.__pwned');
  assert.ok(state.scripts.every((src) => src === `${ORIGIN}/preview.js`), `scripts: ${state.scripts.join(', ')}`);
  assert.equal(state.parentPwned, null);
  assert.deepEqual(state.violations, [], 'something tried to run or load and the CSP blocked it');
  assert.deepEqual(w.problems, []);
  assert.deepEqual(w.requests, [], 'the page tried to load something');
  assert.deepEqual(state.forbidden, []);
  assert.deepEqual(state.handlers, []);
  for (const h of state.hrefs) assert.match(h, /^(https?:|mailto:|#|https:\/\/webview\.test\/preview\.css)/, h);
  assert.match(state.location, /^https:\/\/webview\.test\/index\.html/);
}

describe('the preview page under its own CSP', () => {
  it('runs nothing from a hostile packet in the first body', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(HOSTILE, { flavour: 'preview' }));
    assert.deepEqual(await w.page.evaluate(() => Array.from(document.scripts).length), 1);
    await assertNothingRan(w);
    await w.page.close();
  });

  it('runs nothing from a hostile packet swapped in by a message, and clicking its links only asks the extension', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    await send(w.page, { type: 'render', uri: 'file:///work/handoff.yaml', version: 2, body: renderHtml(HOSTILE, { flavour: 'preview' }) });
    await w.page.waitForFunction(() => document.querySelector('h1.hp-title')?.textContent?.includes('</title>'));
    const links = await w.page.$$('#hp-root a[href^="http"], #hp-root a[href^="mailto"]');
    assert.ok(links.length > 0);
    for (const link of links) await link.click();
    await assertNothingRan(w);
    const posted = await w.page.evaluate(() => (window as unknown as { __posted: { type: string; href?: string }[] }).__posted.filter((m) => m.type === 'openLink'));
    assert.equal(posted.length, links.length);
    // Every link the page asks about passes the extension's own check.
    for (const m of posted) assert.ok(externalLinkTarget(m.href!), m.href);
    await w.page.close();
  });

  it('ignores malformed messages', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    const before = await w.page.evaluate(() => document.getElementById('hp-root')!.innerHTML);
    const evil = '<p id="evil">replaced</p>';
    for (const m of [
      { type: 'render', uri: 'x', version: 1, body: evil, extra: true },
      { type: 'render', uri: 'x', version: -1, body: evil },
      { type: 'render', uri: 'x', version: 1, body: 5 },
      { type: 'Render', uri: 'x', version: 1, body: evil },
      `{"type":"render","uri":"x","version":1,"body":"${evil}"}`,
      null,
      [{ type: 'render', uri: 'x', version: 1, body: evil }],
      { type: 'highlight', offset: 'x' },
    ]) {
      await send(w.page, m);
    }
    // A valid message after them: once it shows, the page has handled the ones before.
    await send(w.page, { type: 'highlight', offset: VALID_TEXT.indexOf('Partner application triage') });
    await w.page.waitForFunction(() => document.querySelector('.hp-active') !== null);
    assert.equal(await w.page.evaluate(() => document.getElementById('hp-root')!.innerHTML.replace(/ hp-active/g, '')), before);
    await w.page.close();
  });
});

describe('the preview script', () => {
  it('says which HTML page it is when it is ready, so the extension knows what it shows', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    const ready = await w.page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'ready'));
    assert.deepEqual(ready, [{ type: 'ready', shell: 5 }]);
    await w.page.close();
  });

  it('swaps a new body in place and keeps the scroll position', async () => {
    const w = await watchedPage();
    await w.page.setViewportSize({ width: 900, height: 500 });
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    await w.page.evaluate(() => window.scrollTo(0, 900));
    await w.page.waitForFunction(() => (window as unknown as { __state?: { scrollY: number } }).__state?.scrollY === 900);
    const edited = new PacketAnalysis(VALID_TEXT.replace('Partner application triage', 'Partner application triage, edited'));
    await send(w.page, { type: 'render', uri: 'file:///work/handoff.yaml', version: 3, body: renderHtml(edited, { flavour: 'preview' }) });
    await w.page.waitForFunction(() => document.querySelector('h1.hp-title')?.textContent?.includes('edited'));
    assert.equal(await w.page.evaluate(() => window.scrollY), 900);
    await assertNothingRan(w);
    await w.page.close();
  });

  it('takes an update: changed parts are replaced, unchanged ones keep their elements and move with their base', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    // A line added at the top: every section moves, only the header's text changes.
    const editedText = '# a note\n' + VALID_TEXT.replace('Partner application triage', 'Partner application triage, edited');
    const before = renderPreviewParts(VALID);
    const parts = renderPreviewParts(new PacketAnalysis(editedText)).map((p) => (before.find((b) => b.key === p.key)?.html === p.html ? { key: p.key, base: p.base } : p));
    assert.ok(parts.filter((p) => 'html' in p).length < parts.length / 2, `most parts unchanged: ${JSON.stringify(parts.map((p) => [p.key, 'html' in p]))}`);
    await w.page.evaluate(() => ((document.querySelector('#hp-sec-steps') as HTMLElement & { __kept?: boolean }).__kept = true));
    await send(w.page, { type: 'update', uri: 'file:///work/handoff.yaml', version: 3, parts });
    await w.page.waitForFunction(() => document.querySelector('h1.hp-title')?.textContent?.includes('edited'));
    assert.equal(await w.page.evaluate(() => (document.querySelector('#hp-sec-steps') as HTMLElement & { __kept?: boolean }).__kept === true), true, 'the steps section kept its element');
    // Clicks report positions in the edited text.
    const cell = w.page.locator('#hp-sec-steps tr.hp-row').nth(1).locator('td').nth(1).locator('span.hp-text');
    await cell.click();
    const posted = await w.page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'reveal'));
    const start = editedText.indexOf('Normalised record stored');
    assert.deepEqual(posted, [{ type: 'reveal', start, end: start + 'Normalised record stored'.length }]);
    // A part the page does not have, without its HTML: the page asks for everything again.
    await send(w.page, { type: 'update', uri: 'file:///work/handoff.yaml', version: 4, parts: [{ key: 'sec-nowhere', base: 0 }] });
    await w.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'resync'));
    await assertNothingRan(w);
    await w.page.close();
  });

  it('highlights the innermost element holding the cursor', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    const offset = VALID_TEXT.indexOf('Normalised record stored') + 3;
    await send(w.page, { type: 'highlight', offset });
    await w.page.waitForFunction(() => document.querySelectorAll('.hp-active').length === 1);
    assert.equal(await w.page.evaluate(() => document.querySelector('.hp-active')!.textContent), 'Normalised record stored');
    await w.page.close();
  });

  it('reports a click on an element as its source range', async () => {
    const w = await watchedPage();
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    const cell = w.page.locator('#hp-sec-steps tr.hp-row').nth(1).locator('td').nth(1).locator('span.hp-text');
    await cell.click();
    const posted = await w.page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'reveal'));
    const start = VALID_TEXT.indexOf('Normalised record stored');
    assert.deepEqual(posted, [{ type: 'reveal', start, end: start + 'Normalised record stored'.length }]);
    await w.page.close();
  });

  it('restores the saved scroll position when the page reloads', async () => {
    const w = await watchedPage();
    await w.page.setViewportSize({ width: 900, height: 500 });
    // What VS Code hands back after a window reload: the state the page saved. The stub reads it when the script asks.
    await w.page.addInitScript(`window.__initialState = { uri: 'file:///work/handoff.yaml', scrollY: 700 };`);
    await openShell(w, renderHtml(VALID, { flavour: 'preview' }));
    assert.equal(await w.page.evaluate(() => window.scrollY), 700);
    await w.page.close();
  });
});

describe('the exported HTML page', () => {
  it('runs nothing and loads nothing, even with its CSP removed', async () => {
    const html = renderHtml(HOSTILE, { flavour: 'standalone' });
    for (const variant of [html, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')]) {
      const w = await watchedPage();
      await w.page.route(`${ORIGIN}/index.html`, (route) => route.fulfill({ contentType: 'text/html', body: variant }));
      await w.page.goto(`${ORIGIN}/index.html`);
      assert.deepEqual(await w.page.evaluate(() => Array.from(document.scripts).length), 0);
      await assertNothingRan(w);
      await w.page.close();
    }
  });
});
