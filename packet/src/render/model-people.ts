// Sections 8–10: who owns what, which changes are safe, and what support the
// buyer gets after handoff.

import { CHANGE_CLASSES, CHANGE_KINDS, RESPONSIBILITIES } from '../format';
import type { Cell, Column, Row, Section, Text } from './model';
import { badge, cell, refText, section, textField, type BuildContext } from './model-parts';
import type { At } from './source-reader';

const RESPONSIBILITY_LABELS: Record<(typeof RESPONSIBILITIES)[number], string> = {
  business_outcome: 'Business outcome',
  workflow_quality: 'Workflow quality',
  exception_queue: 'Exception queue',
  technical_support: 'Technical support',
  change_approval: 'Change approval',
};

export function ownersSection(ctx: BuildContext): Section {
  return section('owners', 'Owners', ctx.root.get('owners'), (ownersAt) => {
    const owners = ownersAt.items();
    const owns = owners.map((o) => o.get('owns'));
    const ownedBy = (r: string) => owns.some((list) => list.textList().some((t) => t.text === r));
    const gaps = RESPONSIBILITIES.filter((r) => !ownedBy(r));
    const columns: Column[] = [
      { label: 'Owner' },
      { label: 'Role' },
      { label: 'Contact' },
      ...RESPONSIBILITIES.map((r): Column => (gaps.includes(r) ? { label: `${RESPONSIBILITY_LABELS[r]} (gap)`, tone: 'danger', hint: 'Nobody owns this.' } : { label: RESPONSIBILITY_LABELS[r] })),
    ];
    const known = new Set<string>(RESPONSIBILITIES);
    const anyOther = owns.some((list) => list.textList().some((t) => !known.has(t.text)));
    if (anyOther) columns.push({ label: 'Other', hint: 'Responsibilities outside the five the format knows.' });

    const rows = owners.map((o, i): Row => {
      const list = owns[i].textList();
      const marks = RESPONSIBILITIES.map((r): Cell => {
        const hit = list.find((t) => t.text === r);
        return hit ? cell({ text: '✓', span: hit.span }, { tone: 'ok' }) : cell({ text: '', placeholder: true });
      });
      const person = o.get('person').text();
      const role: Text[] = [o.get('role').asText()];
      if (person !== undefined) role.push({ text: person, span: o.get('person').span() });
      const cells: Cell[] = [cell(o.get('id').asText('no id')), cell(role), cell(o.get('contact').asText('not stated')), ...marks];
      if (anyOther) cells.push(cell(list.filter((t) => !known.has(t.text)).map((t) => ({ ...t, badges: [badge('unknown', 'warning')] }))));
      return { span: o.span(), cells };
    });
    return [
      ...(gaps.length > 0
        ? [{ kind: 'note' as const, tone: 'danger' as const, text: `Nobody owns: ${gaps.map((g) => RESPONSIBILITY_LABELS[g].toLowerCase()).join(', ')}.` }]
        : []),
      { kind: 'table', columns, rows, empty: 'No owners are listed.' },
    ];
  });
}

const CLASS_TITLES: Record<(typeof CHANGE_CLASSES)[number], { title: string; hint: string }> = {
  safe: { title: 'Safe', hint: 'Can be made without a review.' },
  review_required: { title: 'Needs review', hint: 'The change approver must agree first.' },
  new_scope: { title: 'New scope', hint: 'A new piece of work, not a change.' },
};

export function changesSection(ctx: BuildContext): Section {
  return section('changes', 'Change rules', ctx.root.get('changes'), (c) => [
    { kind: 'fields', fields: [{ label: 'Change approver', value: cell(refText(c.get('approver'), ctx.owners, 'nobody named')), span: c.get('approver').entrySpan() }] },
    {
      kind: 'groups',
      layout: 'columns',
      groups: CHANGE_CLASSES.map((k) => {
        const at = c.get(k);
        return {
          title: CLASS_TITLES[k].title,
          hint: CLASS_TITLES[k].hint,
          span: at.entrySpan(),
          tone: k === 'safe' ? ('ok' as const) : k === 'review_required' ? ('warning' as const) : ('info' as const),
          blocks: [{ kind: 'list' as const, items: changeEntries(at), span: at.entrySpan(), empty: 'Nothing listed.' }],
        };
      }),
    },
  ]);
}

/** Each entry is prose, or `{ kind, note }` naming one of the change kinds. */
function changeEntries(at: At): Text[] {
  if (!Array.isArray(at.value)) return at.textList();
  return at.items().map((e) => {
    if (!e.isMap) return e.asText();
    const kind = e.get('kind').text();
    const note = e.get('note').asText(kind ? '' : 'no note');
    const kindBadge = kind === undefined ? [] : [badge(kind, Object.hasOwn(CHANGE_KINDS, kind) ? 'muted' : 'danger', Object.hasOwn(CHANGE_KINDS, kind) ? 'Change kind' : 'Not a change kind the format knows.')];
    return { ...note, span: e.span(), badges: kindBadge };
  });
}

export function supportSection(ctx: BuildContext): Section {
  return section('support', 'Support after handoff', ctx.root.get('support'), (s) => [
    {
      kind: 'fields',
      fields: [
        textField('Window', s.get('window')),
        textField('Counts as a bug', s.get('bug')),
        textField('Counts as a change request', s.get('change_request')),
        textField('Counts as new scope', s.get('new_scope')),
        textField('Monitoring', s.get('monitoring')),
        textField('Response', s.get('response')),
      ],
    },
  ]);
}
