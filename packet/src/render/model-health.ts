// Sections 6–7: how anyone can tell the workflow is healthy, who looks and
// how often, and what it is known to be bad at.

import type { Row, Section } from './model';
import { badge, cell, listField, refText, section, type BuildContext } from './model-parts';

export function metricsSection(ctx: BuildContext): Section {
  return section('metrics', 'Health metrics', ctx.root.get('metrics'), (metrics) => [
    {
      kind: 'table',
      columns: [{ label: 'Metric' }, { label: 'Measures' }, { label: 'Target' }, { label: 'Alert when' }, { label: 'Source' }],
      rows: metrics.items().map((m): Row => {
        const untargeted = !m.get('target').text() && !m.get('alert_when').text();
        return {
          span: m.span(),
          tone: untargeted ? 'warning' : undefined,
          cells: [
            cell({ ...m.get('id').asText('no id'), badges: untargeted ? [badge('no target', 'warning', 'Without a target or alert nobody can say the number is bad.')] : [] }),
            cell(m.get('measures').asText()),
            cell(m.get('target').asText('none')),
            cell(m.get('alert_when').asText('none')),
            cell(m.get('source').asText('not stated')),
          ],
        };
      }),
      empty: 'No metrics are listed.',
    },
  ]);
}

export function reviewSection(ctx: BuildContext): Section {
  return section('review', 'Review cadence', ctx.root.get('review'), (review) => [
    {
      kind: 'table',
      columns: [{ label: 'Cadence' }, { label: 'What' }, { label: 'Owner' }],
      rows: review.items().map(
        (r): Row => ({
          span: r.span(),
          tone: r.get('owner').exists ? undefined : 'warning',
          cells: [cell(r.get('cadence').asText()), cell(r.get('what').asText()), cell(refText(r.get('owner'), ctx.owners, 'nobody named'))],
        }),
      ),
      empty: 'No reviews are scheduled.',
    },
  ]);
}

export function limitsSection(ctx: BuildContext): Section {
  return section('limits', 'Known limits', ctx.root.get('limits'), (l) => [
    {
      kind: 'fields',
      fields: [
        listField('Weak at', l.get('weak_at')),
        listField('Inputs that degrade it', l.get('degrading_inputs')),
        listField('Always goes to a person', l.get('always_human')),
        listField('Assumptions', l.get('assumptions')),
        listField('Not supported', l.get('not_supported')),
      ],
    },
  ]);
}
