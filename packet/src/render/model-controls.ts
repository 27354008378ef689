// Sections 3–5: what the workflow may do on its own, where its exceptions go
// and how an operator pauses, resumes, retries and rolls it back.

import { AUTHORITIES } from '../format';
import type { Field, Group, Row, Section, Text } from './model';
import { badge, cell, listCell, listField, refText, section, textField, type BuildContext } from './model-parts';
import type { At } from './source-reader';

const AUTHORITY_GROUPS: Record<(typeof AUTHORITIES)[number], { title: string; hint: string; tone: Group['tone'] }> = {
  automatic: { title: 'Automatic', hint: 'Runs without asking anyone.', tone: 'info' },
  approval: { title: 'Needs approval', hint: 'Waits until the named approver says yes.', tone: 'warning' },
  never: { title: 'Never', hint: 'The workflow must not do this.', tone: 'muted' },
};

export function authoritySection(ctx: BuildContext): Section {
  return section('permissions', 'Authority', ctx.root.get('permissions'), (p) => {
    const actions = p.get('actions').items();
    const byAuthority = new Map<string, At[]>();
    for (const a of actions) {
      const key = a.get('authority').text() ?? '';
      const bucket = (AUTHORITIES as readonly string[]).includes(key) ? key : 'other';
      byAuthority.set(bucket, [...(byAuthority.get(bucket) ?? []), a]);
    }
    const groups: Group[] = AUTHORITIES.map((authority) => {
      const meta = AUTHORITY_GROUPS[authority];
      return { title: meta.title, hint: meta.hint, tone: meta.tone, blocks: [actionTable(byAuthority.get(authority) ?? [], ctx, authority)] };
    });
    const other = byAuthority.get('other');
    if (other) groups.push({ title: 'Authority unclear', hint: 'authority is missing or not automatic, approval or never.', tone: 'danger', blocks: [actionTable(other, ctx, 'other')] });
    if (actions.length === 0) return [{ kind: 'note', tone: 'warning', text: 'No actions are listed.', span: p.get('actions').entrySpan() }];
    return [{ kind: 'groups', layout: 'stack', groups }];
  });
}

/** `never` actions are never done, so approver and undo say nothing there. */
function actionTable(actions: At[], ctx: BuildContext, authority: (typeof AUTHORITIES)[number] | 'other') {
  const withApprover = authority === 'approval' || authority === 'other';
  const withUndo = authority !== 'never';
  const rows = actions.map((a): Row => {
    const id: Text = { ...a.get('id').asText('no id'), badges: actionBadges(a, withUndo) };
    const cells = [cell(id), cell(a.get('does').asText()), cell(a.get('system').exists ? refText(a.get('system'), ctx.systems) : { text: 'no system', placeholder: true })];
    if (withApprover) cells.push(cell(refText(a.get('approver'), ctx.owners, a.get('authority').text() === 'approval' ? 'nobody named' : '—')));
    if (withUndo) cells.push(cell(a.get('undo').asText(a.get('reversible').value === false ? 'cannot be undone' : 'not stated')));
    return { span: a.span(), tone: withUndo && a.get('reversible').value === false ? 'danger' : undefined, cells };
  });
  return {
    kind: 'table' as const,
    columns: [{ label: 'Action' }, { label: 'Does' }, { label: 'System' }, ...(withApprover ? [{ label: 'Approver' }] : []), ...(withUndo ? [{ label: 'Undo' }] : [])],
    rows,
    empty: 'None.',
  };
}

function actionBadges(a: At, askReversible: boolean) {
  const reversible = a.get('reversible').value;
  if (reversible === false) return [badge('irreversible', 'danger', 'Once done, this cannot be undone.')];
  if (reversible === undefined && askReversible) return [badge('reversibility not stated', 'muted')];
  return [];
}

export function exceptionsSection(ctx: BuildContext): Section {
  return section('exceptions', 'Exceptions', ctx.root.get('exceptions'), (e) => {
    const queue = e.get('queue');
    const types = e.get('types').items();
    return [
      {
        kind: 'fields',
        fields: [
          { label: 'Queue owner', value: cell(refText(queue.get('owner'), ctx.owners, 'nobody named')), span: queue.get('owner').entrySpan() },
          textField('Queue is', queue.get('where')),
          textField('Backs up at', queue.get('backlog_limit'), 'no limit set'),
        ],
      },
      {
        kind: 'table',
        caption: 'Playbook',
        columns: [{ label: 'Type' }, { label: 'Means' }, { label: 'Threshold' }, { label: 'Response' }, { label: 'Owner' }, { label: 'Reviewer gets' }],
        rows: types.map(
          (t): Row => ({
            span: t.span(),
            cells: [
              cell(t.get('type').asText()),
              cell(t.get('means').asText()),
              cell(t.get('threshold').asText('—')),
              cell(t.get('response').asText()),
              cell(refText(t.get('owner'), ctx.owners, 'nobody named')),
              listCell(t.get('reviewer_gets'), 'not stated'),
            ],
          }),
        ),
        empty: 'No exception types are listed.',
      },
    ];
  });
}

export function operationsSection(ctx: BuildContext): Section {
  return section('operations', 'Operator actions', ctx.root.get('operations'), (o) => {
    const card = (title: string, at: At, fields: (at: At) => Field[]): Group => ({
      title,
      span: at.entrySpan(),
      tone: at.exists ? undefined : 'danger',
      blocks: [{ kind: 'fields', fields: fields(at) }],
    });
    return [
      {
        kind: 'groups',
        layout: 'columns',
        groups: [
          card('Pause', o.get('pause'), (p) => [textField('How', p.get('how')), textField('Effect', p.get('effect'))]),
          card('Resume', o.get('resume'), (r) => [textField('How', r.get('how')), listField('Check first', r.get('check_first'))]),
          card('Retry', o.get('retry'), (r) => [listField('Safe when', r.get('safe_when'), 'not stated'), listField('Unsafe when', r.get('unsafe_when'), 'not stated')]),
          card('Rollback', o.get('rollback'), (r) => [textField('How', r.get('how')), textField('Disable path', r.get('disable_path'))]),
        ],
      },
      { kind: 'list', label: 'Before re-enabling', items: o.get('before_reenabling').textList(), span: o.get('before_reenabling').entrySpan(), empty: 'Nothing listed.' },
    ];
  });
}
