// Styles for the exported HTML page, inlined so the file stands alone. A
// fixed light palette (the export leaves the editor's theme behind) and a
// print section so printing to PDF gives clean pages. No url(), no @import:
// the page loads nothing.

export const STANDALONE_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --subtle: #f6f8fa; --link: #0969da;
  --danger: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; }
body { color: var(--fg); background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; padding: 24px; }
.hp-doc { max-width: 1100px; margin: 0 auto; }
.hp-doc * { overflow-wrap: break-word; }
h1.hp-title { font-size: 1.8em; margin: 0 0 0.2em; }
.hp-version { font-size: 0.55em; color: var(--muted); font-weight: normal; }
h2 { font-size: 1.3em; border-bottom: 1px solid var(--border); padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1em; margin: 0.8em 0 0.3em; }
a { color: var(--link); }
.hp-counts { font-weight: 600; }
.hp-counts.hp-tone-ok { color: var(--ok); }
.hp-counts.hp-tone-danger { color: var(--danger); }
.hp-counts.hp-tone-warning { color: var(--warning); }
.hp-toc { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 0.6em; }
.hp-readiness h2 { font-size: 1.05em; border: 0; }
.hp-questions { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 2px 16px; }
.hp-q-mark { display: inline-block; width: 1.2em; font-weight: 700; }
.hp-q--answered .hp-q-mark { color: var(--ok); }
.hp-q--partial .hp-q-mark { color: var(--warning); }
.hp-q--unanswered .hp-q-mark { color: var(--danger); }
.hp-q-missing { display: block; margin-left: 1.4em; color: var(--muted); font-size: 0.9em; }
.hp-notice, .hp-note { padding: 6px 10px; border-left: 3px solid var(--border); background: var(--subtle); }
.hp-tone-danger.hp-note, .hp-tone-danger.hp-notice { border-left-color: var(--danger); }
.hp-tone-warning.hp-note, .hp-tone-warning.hp-notice { border-left-color: var(--warning); }
.hp-fields { display: grid; grid-template-columns: minmax(120px, max-content) minmax(0, 1fr); gap: 4px 16px; }
.hp-field { display: contents; }
.hp-field dt { color: var(--muted); }
.hp-field dd { margin: 0; min-width: 0; }
.hp-group .hp-fields { grid-template-columns: minmax(0, 1fr); gap: 0 0; }
.hp-group .hp-field dd { margin-bottom: 6px; }
.hp-items { margin: 0; padding-left: 1.2em; }
.hp-placeholder, .hp-empty { color: var(--muted); font-style: italic; }
.hp-table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
.hp-table caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.hp-table th, .hp-table td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
.hp-table th { background: var(--subtle); }
.hp-table th.hp-tone-danger { color: var(--danger); }
.hp-table td.hp-tone-ok { color: var(--ok); text-align: center; font-weight: 700; }
.hp-row.hp-tone-warning > td:first-child { box-shadow: inset 3px 0 0 var(--warning); }
.hp-row.hp-tone-danger > td:first-child { box-shadow: inset 3px 0 0 var(--danger); }
.hp-badge { display: inline-block; font-size: 0.78em; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; white-space: nowrap; }
.hp-badge.hp-tone-danger { color: var(--danger); }
.hp-badge.hp-tone-warning { color: var(--warning); }
.hp-badge.hp-tone-info { color: var(--info); }
.hp-badge.hp-tone-ok { color: var(--ok); }
.hp-badge.hp-tone-muted { color: var(--muted); }
.hp-groups--columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px; }
.hp-group { border: 1px solid var(--border); border-radius: 4px; padding: 2px 10px 8px; margin: 8px 0; }
.hp-group.hp-tone-danger { border-left: 3px solid var(--danger); }
.hp-group.hp-tone-warning { border-left: 3px solid var(--warning); }
.hp-group.hp-tone-info { border-left: 3px solid var(--info); }
.hp-group.hp-tone-ok { border-left: 3px solid var(--ok); }
.hp-flow-scroll { overflow-x: auto; }
.hp-flow--fit { max-width: 100%; height: auto; }
.hp-flow .hp-node rect { fill: #fff; stroke: var(--fg); }
.hp-flow .hp-node text { fill: var(--fg); font-size: 12px; }
.hp-flow .hp-node--entry rect { stroke: var(--info); stroke-width: 2; }
.hp-flow .hp-node--unreachable rect { stroke: var(--warning); stroke-dasharray: 5 3; }
.hp-flow .hp-node--dead-end rect { stroke: var(--danger); stroke-width: 2; }
.hp-flow .hp-node--done rect { fill: var(--subtle); stroke: var(--ok); }
.hp-flow .hp-node--missing rect { stroke: var(--danger); stroke-dasharray: 2 2; }
.hp-flow .hp-edge { fill: none; stroke: var(--muted); stroke-width: 1.3; }
.hp-flow .hp-edge--missing { stroke: var(--danger); stroke-dasharray: 3 3; }
.hp-flow .hp-edge--back { stroke-dasharray: 6 3; }
.hp-flow .hp-edge--implicit { stroke-dasharray: 1 3; }
.hp-flow .hp-arrowhead { fill: var(--muted); }
.hp-flow .hp-flow-head { fill: var(--warning); font-size: 11px; }
.hp-legend { display: flex; gap: 14px; font-size: 0.85em; color: var(--muted); }
.hp-legend span::before { content: ""; display: inline-block; width: 12px; height: 8px; margin-right: 4px; border: 1px solid var(--fg); vertical-align: middle; }
.hp-legend-entry::before { border: 2px solid var(--info) !important; }
.hp-legend-unreachable::before { border: 1px dashed var(--warning) !important; }
.hp-legend-dead-end::before { border: 2px solid var(--danger) !important; }
.hp-legend-missing::before { border: 1px dotted var(--danger) !important; }
.hp-problem-list { list-style: none; padding: 0; }
.hp-problem { padding: 3px 0; border-bottom: 1px solid var(--border); }
.hp-sev { display: inline-block; min-width: 4.5em; font-weight: 600; text-transform: uppercase; font-size: 0.8em; }
.hp-sev-error .hp-sev { color: var(--danger); }
.hp-sev-warning .hp-sev { color: var(--warning); }
.hp-sev-info .hp-sev { color: var(--info); }
.hp-loc, .hp-rule, .hp-count { color: var(--muted); font-size: 0.9em; }
@page { margin: 16mm 14mm; }
@media print {
  body { padding: 0; font-size: 11pt; }
  .hp-toc { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, caption { break-after: avoid; }
  tr, .hp-field, .hp-group, .hp-problem, .hp-q, figure { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .hp-section { break-inside: auto; }
  .hp-flow-scroll { overflow: visible; }
  .hp-flow { max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); }
  .hp-table th { background: none; }
}
`;
