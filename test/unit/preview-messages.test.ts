import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { externalLinkTarget } from '../../client/src/preview/link-policy';
import { parseHostMessage, parsePreviewState, parseWebviewMessage } from '../../client/src/preview/messages';
import { contentSecurityPolicy, makeNonce, previewShellHtml } from '../../client/src/preview/webview-html';

// Both sides of the preview check every message they receive; the extension
// opens only web and mail links; the page's policy allows one script.

describe('messages from the webview', () => {
  it('accepts the four well-formed messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', shell: 3 }), { type: 'ready', shell: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'resync' }), { type: 'resync' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', start: 3, end: 9 }), { type: 'reveal', start: 3, end: 9 });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.com' }), { type: 'openLink', href: 'https://example.com' });
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'ready',
      42,
      [],
      [{ type: 'ready' }],
      {},
      { type: 'READY' },
      { type: 'ready', extra: 1 },
      { type: 'ready' },
      { type: 'ready', shell: -1 },
      { type: 'ready', shell: '3' },
      { type: 'ready', shell: 1.5 },
      { type: 'reveal', start: 9, end: 3 },
      { type: 'reveal', start: -1, end: 3 },
      { type: 'reveal', start: 1.5, end: 3 },
      { type: 'reveal', start: '1', end: 3 },
      { type: 'reveal', start: 1, end: Number.MAX_SAFE_INTEGER },
      { type: 'reveal', start: 1 },
      { type: 'openLink', href: 5 },
      { type: 'openLink', href: `https://example.com/${'x'.repeat(5000)}` },
      { type: 'openLink', href: 'https://example.com', then: 'command:x' },
      { type: 'executeCommand', command: 'workbench.action.terminal.new' },
      Object.assign(Object.create({ type: 'ready' }), {}),
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });
});

describe('messages from the extension', () => {
  it('accepts render and highlight', () => {
    const render = { type: 'render', uri: 'file:///a/handoff.yaml', version: 4, body: '<main></main>' };
    assert.deepEqual(parseHostMessage(render), render);
    assert.deepEqual(parseHostMessage({ type: 'highlight', offset: 12 }), { type: 'highlight', offset: 12 });
  });

  it('accepts an update naming parts, with HTML only for the changed ones', () => {
    const update = { type: 'update', uri: 'file:///a/handoff.yaml', version: 5, parts: [{ key: 'header', base: 0, html: '<header></header>' }, { key: 'sec-steps', base: 120 }] };
    assert.deepEqual(parseHostMessage(update), update);
  });

  it('rejects malformed ones', () => {
    for (const m of [
      { type: 'render', uri: 'x', version: 1 },
      { type: 'render', uri: 'x', version: 1, body: 5 },
      { type: 'render', uri: 5, version: 1, body: '' },
      { type: 'render', uri: 'x', version: -1, body: '' },
      { type: 'render', uri: 'x', version: 1, body: '', script: 'alert(1)' },
      { type: 'highlight', offset: NaN },
      { type: 'highlight' },
      { type: 'update', uri: 'x', version: 1, parts: 'all' },
      { type: 'update', uri: 'x', version: 1, parts: [{ key: '', base: 0 }] },
      { type: 'update', uri: 'x', version: 1, parts: [{ key: 'header', base: -1 }] },
      { type: 'update', uri: 'x', version: 1, parts: [{ key: 'header', base: 0, html: 7 }] },
      { type: 'update', uri: 'x', version: 1, parts: [{ key: 'header', base: 0, script: 'alert(1)' }] },
      { type: 'update', uri: 'x', version: 1, parts: Array.from({ length: 1001 }, (_, i) => ({ key: `k${i}`, base: 0 })) },
      { type: 'navigate', url: 'https://example.com' },
    ]) {
      assert.equal(parseHostMessage(m), undefined, JSON.stringify(m));
    }
  });
});

describe('saved preview state', () => {
  it('reads back what the page saved, and a bad scroll position as the top', () => {
    assert.deepEqual(parsePreviewState({ uri: 'file:///a', scrollY: 120 }), { uri: 'file:///a', scrollY: 120 });
    assert.deepEqual(parsePreviewState({ uri: 'file:///a', scrollY: -5 }), { uri: 'file:///a', scrollY: 0 });
    assert.deepEqual(parsePreviewState({ uri: 'file:///a' }), { uri: 'file:///a', scrollY: 0 });
  });

  it('has nothing to restore without a document', () => {
    for (const s of [undefined, null, {}, { uri: '' }, { uri: 5 }, 'file:///a']) assert.equal(parsePreviewState(s), undefined);
  });
});

describe('links a click in the preview may open', () => {
  it('opens web and mail links', () => {
    for (const href of ['https://example.com/a?b=c', 'http://example.com', 'mailto:ops@example.com', ' https://example.com ']) {
      assert.equal(externalLinkTarget(href), href.trim());
    }
  });

  it('refuses every other scheme and anything that is not a full URL', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'command:workbench.action.terminal.new',
      'command:vscode.open?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D',
      'file:///etc/passwd',
      'vscode://file/etc/passwd',
      'vscode-insiders://x',
      'ftp://example.com',
      '//evil.example/x',
      '/etc/passwd',
      '#hp-sec-steps',
      'https://user:secret@example.com/',
      'https://',
      'mailto:',
      '',
    ]) {
      assert.equal(externalLinkTarget(href), undefined, href);
    }
  });
});

describe('the preview page', () => {
  it('allows one script, by nonce, and styles only from the media folder', () => {
    const csp = contentSecurityPolicy('https://webview.example', 'abc');
    assert.equal(csp, "default-src 'none'; style-src https://webview.example; script-src 'nonce-abc'; base-uri 'none'; form-action 'none'");
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('puts the policy first, the body in the root and the one script last', () => {
    const html = previewShellHtml({ cspSource: 'https://w.example', nonce: 'abc', scriptUri: 'https://w.example/p.js', styleUri: 'https://w.example/p.css', documentUri: 'file:///a/"x".yaml', body: '<main>B</main>', shell: 7 });
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
    assert.match(html, /<div id="hp-root"><main>B<\/main><\/div>/);
    assert.match(html, /<script nonce="abc" src="https:\/\/w.example\/p.js"><\/script>\n<\/body>/);
    assert.match(html, /data-uri="file:\/\/\/a\/&quot;x&quot;.yaml"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('makes a fresh 128-bit nonce', () => {
    let n = 0;
    const nonce = makeNonce((size) => Uint8Array.from({ length: size }, () => n++));
    assert.equal(nonce, '000102030405060708090a0b0c0d0e0f');
  });
});
