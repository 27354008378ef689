// Sections 1–2 of a packet: the boundary sheet, the systems it touches and
// the steps, as a table and as a flow.

import { STEP_END } from '../model/id-index';
import type { Cell, FlowModel, Row, Section, Text } from './model';
import { badge, cell, listCell, listField, refList, section, textField, type BuildContext } from './model-parts';
import type { At } from './source-reader';
import { layoutSteps } from './step-graph';

export function boundarySection(ctx: BuildContext): Section {
  return section('workflow', 'Boundary', ctx.root.get('workflow'), (w) => [
    {
      kind: 'fields',
      fields: [
        textField('Summary', w.get('summary')),
        textField('Starts when', w.get('starts_when')),
        listField('Inputs', w.get('inputs')),
        { label: 'Reads', value: refCell(w.get('reads'), ctx.systems), span: w.get('reads').entrySpan() },
        { label: 'Writes', value: refCell(w.get('writes'), ctx.systems), span: w.get('writes').entrySpan() },
        listField('Produces', w.get('produces')),
        listField('Out of scope', w.get('out_of_scope'), 'nothing listed'),
      ],
    },
  ]);
}

function refCell(at: At, registry: Map<string, string>): Cell {
  const parts = refList(at, registry);
  return parts.length > 0 ? { parts, list: parts.length > 1, span: at.span() } : { parts: [{ text: 'none', placeholder: true }], span: at.span() };
}

export function systemsSection(ctx: BuildContext): Section {
  return section('systems', 'Systems', ctx.root.get('systems'), (systems) => [
    {
      kind: 'table',
      columns: [{ label: 'Id' }, { label: 'Name' }, { label: 'Access' }, { label: 'Credential' }],
      rows: systems.items().map(
        (s): Row => ({
          span: s.span(),
          cells: [cell(s.get('id').asText()), cell(s.get('name').asText()), cell(s.get('access').asText()), cell(s.get('credential').asText('not stated'))],
        }),
      ),
      empty: 'No systems are declared.',
    },
  ]);
}

/** The ids a `next` names: one id, a list of ids, or nothing. */
function nextIds(next: At): { id: string; at: At }[] {
  const items = Array.isArray(next.value) ? next.items() : next.exists ? [next] : [];
  return items.flatMap((at) => {
    const id = at.text();
    return id === undefined ? [] : [{ id, at }];
  });
}

export function stepsSection(ctx: BuildContext): Section {
  return section('steps', 'Steps', ctx.root.get('steps'), (stepsAt) => {
    const steps = stepsAt.items();
    const ids = steps.map((s) => s.get('id').text());
    const layout = layoutSteps(Array.isArray(stepsAt.value) ? stepsAt.value : []);
    const registry = new Map<string, string>([[STEP_END, '']]);
    for (const id of ids) if (id !== undefined) registry.set(id, '');

    const flow: FlowModel = { nodes: [], edges: [] };
    const rows = steps.map((s, i): Row => {
      const unreachable = layout.unreachable[i];
      const deadEnd = layout.deadEnd[i];
      const idText: Text = { ...s.get('id').asText(`step ${i + 1} (no id)`), badges: stepBadges(i === 0, unreachable, deadEnd) };
      flow.nodes.push({ index: i, label: ids[i] ?? `step ${i + 1}`, depth: layout.depth[i], entry: i === 0, unreachable, deadEnd, span: s.span() });
      // Explicit targets carry the span of the id that names them.
      const named = nextIds(s.get('next'));
      let k = 0;
      for (const t of layout.targets[i]) flow.edges.push({ from: i, to: t.to, target: t.target, implicit: t.implicit, span: t.implicit ? undefined : named[k++]?.at.span() });
      const next = s.get('next');
      return {
        span: s.span(),
        tone: unreachable || deadEnd ? 'warning' : undefined,
        cells: [
          cell(idText),
          cell(s.get('trigger').asText()),
          stepInputs(s.get('inputs')),
          listCell(s.get('checks')),
          cell(s.get('output').asText()),
          next.exists ? { parts: refList(next, registry), span: next.span() } : cell({ text: i + 1 < steps.length ? 'the next step' : 'done', placeholder: true }),
        ],
      };
    });
    return [
      {
        kind: 'table',
        columns: [{ label: 'Step' }, { label: 'Trigger' }, { label: 'Inputs' }, { label: 'Checks' }, { label: 'Output' }, { label: 'Next' }],
        rows,
        empty: 'No steps are listed.',
      },
      ...(flow.nodes.length > 0 ? [{ kind: 'flow' as const, flow }] : []),
    ];
  });
}

function stepBadges(entry: boolean, unreachable: boolean, deadEnd: boolean) {
  const out = [];
  if (entry) out.push(badge('entry', 'info', 'The first step: every run starts here.'));
  if (unreachable) out.push(badge('unreachable', 'warning', 'No path from the first step leads here.'));
  if (deadEnd) out.push(badge('dead end', 'warning', 'No path from here reaches done.'));
  return out;
}

/** `inputs` is `{ required, optional }`, but a plain list or text still shows. */
function stepInputs(inputs: At): Cell {
  if (!inputs.isMap) return listCell(inputs);
  const parts: Text[] = [
    ...inputs.get('required').textList(),
    ...inputs.get('optional').textList().map((t) => ({ ...t, badges: [badge('optional', 'muted')] })),
  ];
  return parts.length > 0 ? { parts, list: parts.length > 1, span: inputs.span() } : cell({ text: 'none', placeholder: true }, { span: inputs.span() });
}
