// The document model as HTML: a body fragment for the preview, or a whole
// standalone page for export. Every string from the packet goes through
// escapeHtml; attributes carry only fixed class names, numbers, escaped
// tooltips and links that passed the link policy. No inline script, no style
// attributes, no event handlers: the output is inert even without a CSP.

import { attrNumber, escapeHtml, safeToken } from './escape';
import { flowSvg } from './flow-svg';
import { linkify } from './links';
import type { Block, Cell, Column, PacketDocument, ProblemView, ReadinessView, Row, Section, Text, Tone } from './model';
import { partHtml, type PreviewPart } from './part-html';
import { STANDALONE_CSS } from './standalone-css';

export type { PreviewPart } from './part-html';

export type HtmlFlavour = 'preview' | 'standalone';

interface Writer {
  /** Whether elements carry their source offsets (the preview links them back to the editor). */
  offsets: boolean;
  /**
   * Offsets are written relative to this (the start of the part being
   * written, see PreviewPart): an edit above a part then leaves its HTML as
   * it was, and only its base moves.
   */
  base: number;
}



type MaybeSpan = { start: number; end: number } | undefined;

const data = (w: Writer, span: MaybeSpan): string => (w.offsets && span ? ` data-start="${attrNumber(span.start - w.base)}" data-end="${attrNumber(span.end - w.base)}"` : '');
/** The attribute that makes an element the root of a preview part; its base is added by `partHtml`. */
const partAttrs = (w: Writer, key: string): string => (w.offsets ? ` data-part="${escapeHtml(key)}"` : '');
const tone = (t: Tone | undefined): string => (t ? ` hp-tone-${t}` : '');
const toneClass = (t: Tone | undefined): string => (t ? ` class="hp-tone-${t}"` : '');
const titleAttr = (hint: string | undefined): string => (hint ? ` title="${escapeHtml(hint)}"` : '');

/** The model as HTML. `preview` gives the body fragment; `standalone` a complete page with its styles inline. */
export function documentToHtml(doc: PacketDocument, flavour: HtmlFlavour): string {
  const parts = partsOf(doc, flavour === 'preview');
  // Without a notice its place stays an empty line, as the exported pages have always had it.
  if (!doc.notice && flavour === 'standalone') parts.splice(1, 0, { key: 'notice', base: 0, html: '' });
  const body = parts.map((p) => (flavour === 'preview' ? partHtml(p) : p.html)).join('\n');
  const main = `<main class="hp-doc">\n${body}\n</main>`;
  if (flavour === 'preview') return main;
  const title = doc.title.placeholder ? 'Handoff packet' : `${doc.title.text} — handoff packet`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // The page has no script; the policy makes sure it never gets one.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STANDALONE_CSS}</style>`,
    '</head>',
    '<body class="hp-standalone">',
    main,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}


/** The preview's body as parts, in order; joined inside `<main class="hp-doc">` they are the preview flavour. */
export function documentToHtmlParts(doc: PacketDocument): PreviewPart[] {
  return partsOf(doc, true);
}

function partsOf(doc: PacketDocument, offsets: boolean): PreviewPart[] {
  const at = (base: number): Writer => ({ offsets, base: offsets ? base : 0 });
  const parts: PreviewPart[] = [{ key: 'header', base: 0, html: header(at(0), doc) }];
  if (doc.notice) parts.push({ key: 'notice', base: 0, html: `<p class="hp-notice${tone(doc.notice.tone)}"${partAttrs(at(0), 'notice')}>${escapeHtml(doc.notice.text)}</p>` });
  for (const s of doc.sections) {
    const base = s.span?.start ?? 0;
    parts.push({ key: `sec-${s.id}`, base, html: section(at(base), s) });
  }
  parts.push({ key: 'problems', base: 0, html: problems(at(0), doc.problems) });
  return parts;
}

function header(w: Writer, doc: PacketDocument): string {
  const { error, warning, info } = doc.counts;
  const total = error + warning + info;
  const counts = total === 0 ? 'No problems' : [plural(error, 'error'), plural(warning, 'warning'), plural(info, 'note')].filter(Boolean).join(', ');
  const toc = doc.sections.map((s) => `<a href="#hp-sec-${safeToken(s.id)}">${escapeHtml(s.title)}</a>`).join('');
  return [
    `<header class="hp-header"${partAttrs(w, 'header')}>`,
    `<h1 class="hp-title"${data(w, doc.title.span)}>${doc.title.placeholder ? `<span class="hp-placeholder">${escapeHtml(doc.title.text)}</span>` : escapeHtml(doc.title.text)}`,
    doc.version ? ` <span class="hp-version"${data(w, doc.version.span)}>version ${escapeHtml(doc.version.text)}</span>` : '',
    '</h1>',
    `<p class="hp-counts${total === 0 ? ' hp-tone-ok' : error > 0 ? ' hp-tone-danger' : ' hp-tone-warning'}">${total === 0 ? counts : `<a href="#hp-problems">${counts}</a>`}</p>`,
    doc.readiness ? readiness(w, doc.readiness) : '',
    toc ? `<nav class="hp-toc">${toc}</nav>` : '',
    '</header>',
  ].join('');
}

const STATUS_MARK = { answered: '✓', partial: '◐', unanswered: '✗' } as const;

function readiness(w: Writer, r: ReadinessView): string {
  const answered = r.questions.filter((q) => q.status === 'answered').length;
  const items = r.questions.map((q) => {
    const missing = q.missing.length > 0 ? `<span class="hp-q-missing">Missing: ${escapeHtml(q.missing.join('; '))}</span>` : '';
    return `<li class="hp-q hp-q--${safeToken(q.status)}"${data(w, q.evidence[0])}><span class="hp-q-mark" aria-label="${escapeHtml(q.status)}">${STATUS_MARK[q.status] ?? '?'}</span> <span class="hp-q-text">${attrNumber(q.number)}. ${escapeHtml(q.question)}</span>${missing}</li>`;
  });
  return `<section class="hp-readiness"><h2>Readiness: ${answered} of ${r.questions.length} questions answered</h2><ol class="hp-questions">${items.join('')}</ol></section>`;
}

function section(w: Writer, s: Section): string {
  const blocks = s.blocks.map((b) => block(w, b)).join('\n');
  return `<section class="hp-section${s.missing ? ' hp-section--missing' : ''}" id="hp-sec-${safeToken(s.id)}"${partAttrs(w, `sec-${s.id}`)}${data(w, s.span)}>\n<h2>${escapeHtml(s.title)}</h2>\n${blocks}\n</section>`;
}

function block(w: Writer, b: Block): string {
  switch (b.kind) {
    case 'fields':
      return `<dl class="hp-fields">${b.fields.map((f) => `<div class="hp-field"${data(w, f.span)}><dt>${escapeHtml(f.label)}</dt><dd>${cell(w, f.value)}</dd></div>`).join('\n')}</dl>`;
    case 'table':
      return table(w, b.columns, b.rows, b.empty, b.caption);
    case 'list': {
      const label = b.label ? `<h3>${escapeHtml(b.label)}</h3>` : '';
      const items = b.items.length > 0 ? `<ul class="hp-items">${b.items.map((t) => `<li${data(w, t.span)}>${text(w, t)}</li>`).join('')}</ul>` : `<p class="hp-empty">${escapeHtml(b.empty)}</p>`;
      return `<div class="hp-list"${data(w, b.span)}>${label}${items}</div>`;
    }
    case 'groups':
      return `<div class="hp-groups hp-groups--${b.layout}">${b.groups
        .map((g) => `<section class="hp-group${tone(g.tone)}"${data(w, g.span)}><h3${titleAttr(g.hint)}>${escapeHtml(g.title)}</h3>${g.blocks.map((x) => block(w, x)).join('')}</section>`)
        .join('\n')}</div>`;
    case 'flow':
      return (
        `<figure class="hp-flow-figure"><div class="hp-flow-scroll">${flowSvg(b.flow, { offsets: w.offsets, base: w.base })}</div>` +
        '<figcaption class="hp-legend"><span class="hp-legend-entry">entry</span><span class="hp-legend-unreachable">unreachable</span><span class="hp-legend-dead-end">dead end</span><span class="hp-legend-missing">no such step</span></figcaption></figure>'
      );
    case 'note':
      return `<p class="hp-note${tone(b.tone)}"${data(w, b.span)}>${escapeHtml(b.text)}</p>`;
  }
}

function table(w: Writer, columns: Column[], rows: Row[], empty: string, caption?: string): string {
  if (rows.length === 0) return `${caption ? `<h3>${escapeHtml(caption)}</h3>` : ''}<p class="hp-empty">${escapeHtml(empty)}</p>`;
  const head = columns.map((c) => `<th scope="col"${toneClass(c.tone)}${titleAttr(c.hint)}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows.map((r) => `<tr class="hp-row${tone(r.tone)}"${data(w, r.span)}>${r.cells.map((c) => `<td${toneClass(c.tone)}${data(w, c.span)}>${cell(w, c)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="hp-table-wrap"><table class="hp-table">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function cell(w: Writer, c: Cell): string {
  if (c.list) return `<ul class="hp-items">${c.parts.map((t) => `<li${data(w, t.span)}>${text(w, t)}</li>`).join('')}</ul>`;
  return c.parts.map((t) => `<span class="hp-text"${data(w, t.span)}>${text(w, t)}</span>`).join(', ');
}

function text(_w: Writer, t: Text): string {
  const body = t.placeholder
    ? `<span class="hp-placeholder">${escapeHtml(t.text)}</span>`
    : linkify(t.text)
        .map((run) => (run.href ? `<a class="hp-link" href="${escapeHtml(run.href)}" rel="noopener noreferrer">${escapeHtml(run.text)}</a>` : escapeHtml(run.text)))
        .join('');
  const badges = (t.badges ?? []).map((b) => ` <span class="hp-badge${tone(b.tone)}"${titleAttr(b.hint)}>${escapeHtml(b.label)}</span>`).join('');
  return body + badges;
}

function problems(w: Writer, list: ProblemView[]): string {
  const items = list.map(
    (p) =>
      `<li class="hp-problem hp-sev-${safeToken(p.severity)}"${data(w, p.span)}><span class="hp-sev">${escapeHtml(p.severity)}</span> <span class="hp-loc">line ${attrNumber(p.line)}</span> ${escapeHtml(p.message)} <span class="hp-rule">${escapeHtml(p.rule)}</span></li>`,
  );
  const body = items.length > 0 ? `<ul class="hp-problem-list">${items.join('\n')}</ul>` : '<p class="hp-empty">The file has no problems.</p>';
  return `<section class="hp-section hp-problems" id="hp-problems"${partAttrs(w, 'problems')}><h2>Problems <span class="hp-count">${attrNumber(list.length)}</span></h2>${body}</section>`;
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
