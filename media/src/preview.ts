// The preview webview's one script (bundled to media/dist/preview.js).
// It swaps in bodies the extension renders, keeps the scroll position, and
// reports clicks: on an element (reveal its source) or on a link (ask the
// extension to open it). It never navigates and never runs packet text.

import { parseHostMessage, parsePreviewState, type PreviewState, type WebviewMessage } from '../../client/src/preview/messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('hp-root') ?? document.body;
let state: PreviewState = parsePreviewState(vscode.getState()) ?? { uri: document.body.dataset.uri ?? '', scrollY: 0 };
if (state.uri === '') state.uri = document.body.dataset.uri ?? '';
let activeOffset: number | undefined;

function save(): void {
  vscode.setState(state);
}

// Restoring after a reload: the body came with the page, the scroll position from the state.
if (state.scrollY > 0) window.scrollTo(0, state.scrollY);
save();

let scrollQueued = false;
window.addEventListener(
  'scroll',
  () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      state = { ...state, scrollY: window.scrollY };
      save();
    });
  },
  { passive: true },
);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  if (!message) return; // anything that is not a well-formed message from the extension
  if (message.type === 'render') {
    // Swap the body in place: the document's scroll position stays where it was.
    const template = document.createElement('template');
    template.innerHTML = message.body;
    root.replaceChildren(template.content);
    state = { ...state, uri: message.uri };
    save();
    if (activeOffset !== undefined) highlight(activeOffset, false);
  } else {
    activeOffset = message.offset;
    highlight(message.offset, true);
  }
});

/** Marks the innermost element whose source range holds the editor's cursor. */
function highlight(offset: number, scroll: boolean): void {
  for (const el of Array.from(root.querySelectorAll('.hp-active'))) el.classList.remove('hp-active');
  let best: Element | undefined;
  let bestSize = Infinity;
  for (const el of Array.from(root.querySelectorAll('[data-start]'))) {
    const start = Number(el.getAttribute('data-start'));
    const end = Number(el.getAttribute('data-end'));
    if (start <= offset && offset <= end && end - start < bestSize) {
      best = el;
      bestSize = end - start;
    }
  }
  if (!best) return;
  best.classList.add('hp-active');
  if (scroll && !isInView(best)) best.scrollIntoView({ block: 'center' });
}

function isInView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest('a');
  if (link) {
    // The webview never navigates: in-page anchors scroll, everything else
    // goes to the extension, which opens only web and mail links.
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) document.getElementById(href.slice(1))?.scrollIntoView({ block: 'start' });
    else if (href !== '') vscode.postMessage({ type: 'openLink', href });
    return;
  }
  // Selecting text to copy it is not a request to jump to the source.
  if (!(window.getSelection()?.isCollapsed ?? true)) return;
  const sourced = target.closest('[data-start]');
  if (!sourced) return;
  const start = Number(sourced.getAttribute('data-start'));
  const end = Number(sourced.getAttribute('data-end'));
  if (Number.isInteger(start) && Number.isInteger(end) && start <= end) vscode.postMessage({ type: 'reveal', start, end });
});

vscode.postMessage({ type: 'ready' });
