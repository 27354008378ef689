// The document model as Markdown for wikis and repositories: GitHub-style
// tables, no raw HTML anywhere. Every string from the packet goes through
// escapeMarkdown, so `|` cannot split a cell and `<` cannot open a tag.

import { ID_PATTERN } from '../format';
import { escapeMarkdown, escapeMarkdownUrl } from './escape';
import { linkify } from './links';
import type { Block, Cell, Column, FlowModel, Group, PacketDocument, ProblemView, ReadinessView, Row, Section, Text } from './model';

export function documentToMarkdown(doc: PacketDocument): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(doc.title.text)}`, '');
  const { error, warning, info } = doc.counts;
  const counts = error + warning + info === 0 ? 'no problems' : [n(error, 'error'), n(warning, 'warning'), n(info, 'note')].filter(Boolean).join(', ');
  out.push([doc.version ? `Version ${escapeMarkdown(doc.version.text)}` : '', `Checked: ${counts}`].filter(Boolean).join(' · '), '');
  if (doc.notice) out.push(`> ${escapeMarkdown(doc.notice.text)}`, '');
  if (doc.readiness) out.push(...readiness(doc.readiness));
  for (const s of doc.sections) out.push(...section(s));
  out.push(...problems(doc.problems));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function n(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}

const STATUS_WORD = { answered: 'answered', partial: 'partly answered', unanswered: 'not answered' } as const;

function readiness(r: ReadinessView): string[] {
  const answered = r.questions.filter((q) => q.status === 'answered').length;
  const rows = r.questions.map((q) => `| ${q.number} | ${escapeMarkdown(q.question)} | ${STATUS_WORD[q.status] ?? escapeMarkdown(String(q.status))} | ${escapeMarkdown(q.missing.join('; '))} |`);
  return [`## Readiness: ${answered} of ${r.questions.length} questions answered`, '', '| # | Question | Status | Missing |', '| --- | --- | --- | --- |', ...rows, ''];
}

function section(s: Section): string[] {
  return [`## ${escapeMarkdown(s.title)}`, '', ...s.blocks.flatMap((b) => [...block(b), ''])];
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'fields':
      return b.fields.flatMap((f) => {
        if (f.value.list) return [`- **${escapeMarkdown(f.label)}:**`, ...f.value.parts.map((t) => `  - ${text(t)}`)];
        return [`- **${escapeMarkdown(f.label)}:** ${inline(f.value)}`];
      });
    case 'table':
      return [...(b.caption ? [`### ${escapeMarkdown(b.caption)}`, ''] : []), ...table(b.columns, b.rows, b.empty)];
    case 'list': {
      const label = b.label ? [`### ${escapeMarkdown(b.label)}`, ''] : [];
      return [...label, ...(b.items.length > 0 ? b.items.map((t) => `- ${text(t)}`) : [`_${escapeMarkdown(b.empty)}_`])];
    }
    case 'groups':
      return b.layout === 'columns' && b.groups.every(isSingleList) ? listColumns(b.groups) : b.groups.flatMap(group);
    case 'flow':
      return mermaid(b.flow);
    case 'note':
      return [`> ${escapeMarkdown(b.text)}`];
  }
}

function isSingleList(g: Group): boolean {
  return g.blocks.length === 1 && g.blocks[0].kind === 'list';
}

/** Groups of plain lists side by side: one column per group, as in the HTML. */
function listColumns(groups: Group[]): string[] {
  const lists = groups.map((g) => (g.blocks[0].kind === 'list' ? g.blocks[0].items : []));
  const height = Math.max(1, ...lists.map((l) => l.length));
  const rows: string[] = [];
  for (let i = 0; i < height; i++) rows.push(`| ${lists.map((l) => (l[i] ? text(l[i]) : i === 0 ? '_nothing listed_' : ' ')).join(' | ')} |`);
  return [`| ${groups.map((g) => escapeMarkdown(g.title)).join(' | ')} |`, `| ${groups.map(() => '---').join(' | ')} |`, ...rows];
}

function group(g: Group): string[] {
  return [`### ${escapeMarkdown(g.title)}`, '', ...(g.hint ? [`_${escapeMarkdown(g.hint)}_`, ''] : []), ...g.blocks.flatMap((b) => [...block(b), ''])];
}

function table(columns: Column[], rows: Row[], empty: string): string[] {
  if (rows.length === 0) return [`_${escapeMarkdown(empty)}_`];
  return [
    `| ${columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((_c, i) => (r.cells[i] ? inline(r.cells[i]) : ' ')).join(' | ')} |`),
  ];
}

/** A cell on one line: list parts joined with semicolons. */
function inline(c: Cell): string {
  const parts = c.parts.map(text).filter((s) => s !== '');
  return parts.length > 0 ? parts.join(c.list ? '; ' : ', ') : ' ';
}

function text(t: Text): string {
  const body = t.placeholder
    ? t.text === ''
      ? ''
      : `_${escapeMarkdown(t.text)}_`
    : linkify(t.text)
        .map((run) => (run.href ? `[${escapeMarkdown(run.text)}](${escapeMarkdownUrl(run.href)})` : escapeMarkdown(run.text)))
        .join('');
  const badges = (t.badges ?? []).map((b) => ` _${escapeMarkdown(b.label)}_`).join('');
  return `${body}${badges}`.trim();
}

/**
 * The flow as a Mermaid chart, which GitHub and several wikis draw; elsewhere
 * it stays a readable code block. Only ids in the format's id alphabet are
 * written into it, so no packet text can reach the chart's own syntax.
 */
function mermaid(flow: FlowModel): string[] {
  const label = (i: number) => {
    const id = flow.nodes[i]?.label ?? '';
    return ID_PATTERN.test(id) ? id : `step ${i + 1}`;
  };
  const lines = ['```mermaid', 'flowchart LR'];
  for (const node of flow.nodes) lines.push(`  s${node.index}["${label(node.index)}${node.unreachable ? ' (unreachable)' : ''}${node.deadEnd ? ' (dead end)' : ''}"]`);
  const missing = [...new Set(flow.edges.filter((e) => e.to === 'missing').map((e) => e.target))];
  missing.forEach((id, i) => lines.push(`  m${i}["${ID_PATTERN.test(id) ? id : 'unnamed'} (no such step)"]`));
  if (flow.edges.some((e) => e.to === 'done')) lines.push('  done(["done"])');
  for (const e of flow.edges) {
    const to = e.to === 'done' ? 'done' : e.to === 'missing' ? `m${missing.indexOf(e.target)}` : `s${e.to}`;
    lines.push(`  s${e.from} --> ${to}`);
  }
  lines.push('```');
  return lines;
}

function problems(list: ProblemView[]): string[] {
  if (list.length === 0) return ['## Problems', '', '_The file has no problems._', ''];
  return [
    `## Problems (${list.length})`,
    '',
    ...list.map((p) => `- **${escapeMarkdown(p.severity)}** line ${p.line}: ${escapeMarkdown(p.message)} \\(${escapeMarkdown(p.rule)}\\)`),
    '',
  ];
}
