// The preview webview's one script (bundled to media/dist/preview.js).
// It swaps in bodies the extension sends (whole, or only the parts that
// changed), keeps the scroll position, and
// reports clicks: on an element (reveal its source) or on a link (ask the
// extension to open it). It never navigates and never runs packet text.

import { parseHostMessage, parsePreviewState, type PartUpdate, type PreviewState, type WebviewMessage } from '../../client/src/preview/messages';

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
    afterChange(message.uri);
  } else if (message.type === 'update') {
    if (applyUpdate(message.parts)) afterChange(message.uri);
    else vscode.postMessage({ type: 'resync' });
  } else {
    activeOffset = message.offset;
    highlight(message.offset, true);
  }
});

function afterChange(uri: string): void {
  state = { ...state, uri };
  save();
  if (activeOffset !== undefined) highlight(activeOffset, false);
}

/**
 * Puts the parts in order: a part that came with HTML is built anew, one
 * without keeps its element (what the reader has open or selected there
 * stays) and takes its new base. False, changing nothing, when a part the
 * page does not have comes without HTML.
 */
function applyUpdate(parts: PartUpdate[]): boolean {
  const main = root.querySelector('main.hp-doc');
  if (!main) return false;
  const have = new Map<string, Element>();
  for (const el of Array.from(main.children)) {
    const key = el.getAttribute('data-part');
    if (key !== null) have.set(key, el);
  }
  const next: Element[] = [];
  const template = document.createElement('template');
  for (const part of parts) {
    let el: Element | null | undefined;
    if (part.html !== undefined) {
      template.innerHTML = part.html;
      el = template.content.firstElementChild;
    } else {
      el = have.get(part.key);
    }
    if (!el) return false;
    el.setAttribute('data-base', String(part.base));
    next.push(el);
  }
  main.replaceChildren(...next);
  return true;
}

/** An element's source range in the packet: its offsets are relative to the base of the part holding it. */
function sourceRange(el: Element): { start: number; end: number } {
  const base = Number(el.closest('[data-base]')?.getAttribute('data-base') ?? 0);
  return { start: base + Number(el.getAttribute('data-start')), end: base + Number(el.getAttribute('data-end')) };
}

/** Marks the innermost element whose source range holds the editor's cursor. */
function highlight(offset: number, scroll: boolean): void {
  for (const el of Array.from(root.querySelectorAll('.hp-active'))) el.classList.remove('hp-active');
  let best: Element | undefined;
  let bestSize = Infinity;
  for (const el of Array.from(root.querySelectorAll('[data-start]'))) {
    const { start, end } = sourceRange(el);
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
  const { start, end } = sourceRange(sourced);
  if (Number.isInteger(start) && Number.isInteger(end) && start <= end) vscode.postMessage({ type: 'reveal', start, end });
});

// Which HTML this page is: the extension compares it with the HTML it set last.
vscode.postMessage({ type: 'ready', shell: Number(document.body.dataset.shell ?? -1) });
