// One comparison per top-level section, following the change kinds table of
// packet-format.md. Whatever a section handler does not claim falls through
// to the generic comparison and is reported as unclassified.

import { isPlainObject } from '../model/yaml-nodes';
import { asList, diffGeneric, diffList, entryLabel, type ChangeCollector, type Where } from './collector';
import { anyChange, diffFields, knownValues, materialText, numericThreshold, systemRefs } from './detectors';
import { scalarKey, show } from './values';
import { addedStems } from './scope-words';

type SectionDiff = (c: ChangeCollector, where: Where, o: unknown, n: unknown) => void;

const workflow: SectionDiff = (c, where, o, n) => {
  const both = gainedByNameAndSummary(o, n);
  diffFields(c, where, o, n, {
    name: materialText('name', both),
    summary: materialText('summary', both),
    inputs: knownValues,
    reads: systemRefs('new-data-source', 'reads from'),
    writes: systemRefs('new-write-system', 'writes to'),
  });
};

/** Content words both the name and the summary gain: a new thing the workflow now covers, named in both. */
function gainedByNameAndSummary(o: unknown, n: unknown): Set<string> {
  const text = (v: unknown, key: string) => (isPlainObject(v) && typeof v[key] === 'string' ? (v[key] as string) : '');
  const name = addedStems(text(o, 'name'), text(n, 'name'));
  const summary = addedStems(text(o, 'summary'), text(n, 'summary'));
  return new Set([...name].filter((s) => summary.has(s)));
}

/** System ids newly listed in workflow.reads or .writes: their declaration is part of that change. */
function newlyUsedSystems(o: unknown, n: unknown): Set<string> {
  const ids = (v: unknown, key: string) => {
    const list = isPlainObject(v) && isPlainObject(v.workflow) ? v.workflow[key] : undefined;
    return new Set(asList(typeof list === 'string' ? [list] : list).map(scalarKey));
  };
  const out = new Set<string>();
  for (const key of ['reads', 'writes']) {
    const before = ids(o, key);
    for (const id of ids(n, key)) if (!before.has(id)) out.add(id);
  }
  return out;
}

function systems(oldPacket: unknown, newPacket: unknown): SectionDiff {
  const covered = newlyUsedSystems(oldPacket, newPacket);
  return (c, where, o, n) => {
    if (!Array.isArray(o) || !Array.isArray(n)) return diffGeneric(c, where, o, n);
    diffList(where, o, n, {
      added: (w, v) => {
        const id = isPlainObject(v) ? scalarKey(v.id) : '';
        if (!covered.has(id)) c.add('unclassified', 'added', { ...w, new: w.new && [...w.new, 'id'] }, `Declares a new system ${entryLabel(v, 0)}.`);
      },
      removed: (w, v) => c.add('unclassified', 'removed', w, `Removes system ${entryLabel(v, 0)}.`),
      paired: (w, a, b) => diffGeneric(c, w, a, b),
    });
  };
}

const steps: SectionDiff = (c, where, o, n) => {
  if (!Array.isArray(o) || !Array.isArray(n)) return diffGeneric(c, where, o, n);
  // The first step is the entry point: the one place where order means something.
  const first = (list: unknown[]) => (isPlainObject(list[0]) ? scalarKey(list[0].id) : '');
  if (o.length > 0 && n.length > 0 && first(o) !== first(n)) {
    c.add('unclassified', 'changed', { old: [...(where.old ?? []), 0, 'id'], new: [...(where.new ?? []), 0, 'id'], field: where.field }, `The workflow now starts at step ${show(first(n))} (was ${show(first(o))}).`);
  }
  diffList(where, o, n, {
    added: (w, v) => c.add('unclassified', 'added', { ...w, new: w.new && [...w.new, 'id'] }, `Adds step ${entryLabel(v, 0)}.`),
    removed: (w, v) => c.add('unclassified', 'removed', w, `Removes step ${entryLabel(v, 0)}.`),
    paired: (w, a, b) =>
      diffFields(c, w, a, b, {
        checks: knownValues,
        inputs: (c2, w2, a2, b2) => diffFields(c2, w2, a2, b2, { required: knownValues, optional: knownValues }),
      }),
  });
};

const AUTONOMY: Record<string, number> = { never: 0, approval: 1, automatic: 2 };

const authority: SectionDiff = (c, where, o, n) => {
  const before = typeof o === 'string' ? AUTONOMY[o] : undefined;
  const after = typeof n === 'string' ? AUTONOMY[n] : undefined;
  if (before !== undefined && after !== undefined && after > before) {
    c.add('autonomy-increase', 'changed', where, `${actionName(where)} moves from ${o} to ${n}.`);
    return;
  }
  diffGeneric(c, where, o, n);
};

function actionName(where: Where): string {
  const m = /\[([^\]]+)\]\.[a-z_]+$/.exec(where.field);
  return m ? `Action ${m[1]}` : 'An action';
}

const permissions: SectionDiff = (c, where, o, n) =>
  diffFields(c, where, o, n, {
    actions: (c2, w, a, b) => {
      if (!Array.isArray(a) || !Array.isArray(b)) return diffGeneric(c2, w, a, b);
      diffList(w, a, b, {
        added: (w2, v) => {
          const auth = isPlainObject(v) ? v.authority : undefined;
          const at = { ...w2, new: w2.new && [...w2.new, 'id'] };
          if (auth === 'automatic' || auth === 'approval') c2.add('new-output-action', 'added', at, `Adds action ${entryLabel(v, 0)} with authority ${auth}.`);
          else c2.add('unclassified', 'added', at, `Adds action ${entryLabel(v, 0)}${typeof auth === 'string' ? ` with authority ${auth}` : ''}.`);
        },
        removed: (w2, v) => c2.add('unclassified', 'removed', w2, `Removes action ${entryLabel(v, 0)}.`),
        paired: (w2, x, y) =>
          diffFields(c2, w2, x, y, {
            authority,
            approver: (c3, w3, p, q) => anyChange('approval-threshold', (was, now) => `${actionName(w3)} is now approved by ${now} (was ${was}).`)(c3, w3, p, q),
          }),
      });
    },
  });

const exceptionType: SectionDiff = (c, where, o, n) =>
  diffFields(c, where, o, n, {
    response: anyChange('new-exception-logic', (was, now) => `Exception ${label(where)} now responds with ${now} (was ${was}).`),
    owner: anyChange('routing-destination', (was, now) => `Exception ${label(where)} now goes to ${now} (was ${was}).`),
    threshold: numericThreshold(`The threshold of exception ${label(where)}`),
    reviewer_gets: knownValues,
  });

function label(where: Where): string {
  return /\[([^\]]+)\]$/.exec(where.field)?.[1] ?? 'entry';
}

const byType = (v: unknown) => (isPlainObject(v) && typeof v.type === 'string' ? `type:${v.type}` : undefined);

const exceptions: SectionDiff = (c, where, o, n) =>
  diffFields(c, where, o, n, {
    queue: (c2, w, a, b) =>
      diffFields(c2, w, a, b, {
        owner: anyChange('routing-destination', (was, now) => `The exception queue now belongs to ${now} (was ${was}).`),
        where: anyChange('routing-destination', (was, now) => `The exception queue moves to ${now} (was ${was}).`),
        backlog_limit: numericThreshold('The queue backlog limit'),
      }),
    types: (c2, w, a, b) => {
      if (!Array.isArray(a) || !Array.isArray(b)) return diffGeneric(c2, w, a, b);
      diffList(
        w,
        a,
        b,
        {
          added: (w2, v) => {
            const response = isPlainObject(v) && typeof v.response === 'string' ? ` (response ${v.response})` : '';
            c2.add('new-exception-logic', 'added', { ...w2, new: w2.new && [...w2.new, 'type'] }, `Adds exception type ${entryLabel(v, 0)}${response}.`);
          },
          removed: (w2, v) => c2.add('unclassified', 'removed', w2, `Removes exception type ${entryLabel(v, 0)}.`),
          paired: (w2, x, y) => exceptionType(c2, w2, x, y),
        },
        byType,
      );
    },
  });

const limits: SectionDiff = (c, where, o, n) => {
  if (!isPlainObject(o) || !isPlainObject(n)) return diffGeneric(c, where, o, n);
  const handlers = Object.fromEntries([...Object.keys(o), ...Object.keys(n)].map((k) => [k, knownValues]));
  diffFields(c, where, o, n, handlers);
};

const owners: SectionDiff = (c, where, o, n) => {
  if (!Array.isArray(o) || !Array.isArray(n)) return diffGeneric(c, where, o, n);
  diffList(where, o, n, {
    added: (w, v) => {
      const role = isPlainObject(v) && typeof v.role === 'string' ? ` (${v.role})` : '';
      c.add('new-team', 'added', { ...w, new: w.new && [...w.new, 'id'] }, `Adds owner ${entryLabel(v, 0)}${role}.`);
    },
    removed: (w, v) => c.add('unclassified', 'removed', w, `Removes owner ${entryLabel(v, 0)}.`),
    paired: (w, a, b) => diffGeneric(c, w, a, b),
  });
};

const byKindOrText = (v: unknown) => (isPlainObject(v) && typeof v.kind === 'string' ? `kind:${v.kind}` : typeof v === 'string' ? `text:${scalarKey(v)}` : undefined);

/** The change rules themselves: a moved kind is worth a reviewer's eye, so say what moved. */
const changeClassList: SectionDiff = (c, where, o, n) => {
  const cls = where.field.split('.').pop();
  if (!Array.isArray(o ?? []) || !Array.isArray(n ?? [])) return diffGeneric(c, where, o, n);
  const say = (v: unknown) => (isPlainObject(v) && typeof v.kind === 'string' ? `kind ${v.kind}` : `the rule ${show(v)}`);
  diffList(
    where,
    (o ?? []) as unknown[],
    (n ?? []) as unknown[],
    {
      added: (w, v) => c.add('unclassified', 'added', w, `Adds ${say(v)} to the ${cls} change rules.`),
      removed: (w, v) => c.add('unclassified', 'removed', w, `Removes ${say(v)} from the ${cls} change rules.`),
      paired: (w, a, b) => diffGeneric(c, w, a, b),
    },
    byKindOrText,
  );
};

const changes: SectionDiff = (c, where, o, n) => diffFields(c, where, o, n, { safe: changeClassList, review_required: changeClassList, new_scope: changeClassList });

const byWhat = (v: unknown) => (isPlainObject(v) && typeof v.what === 'string' ? `what:${scalarKey(v.what)}` : undefined);

const review: SectionDiff = (c, where, o, n) => {
  if (!Array.isArray(o) || !Array.isArray(n)) return diffGeneric(c, where, o, n);
  diffList(
    where,
    o,
    n,
    {
      added: (w, v) => c.add('unclassified', 'added', w, `Adds the review ${show(isPlainObject(v) ? v.what : v)}.`),
      removed: (w, v) => c.add('unclassified', 'removed', w, `Removes the review ${show(isPlainObject(v) ? v.what : v)}.`),
      paired: (w, a, b) => diffGeneric(c, w, a, b),
    },
    byWhat,
  );
};

/** The comparison for each top-level key; keys not listed use the generic one. */
export function sectionDiffs(oldPacket: unknown, newPacket: unknown): Record<string, SectionDiff> {
  return { workflow, systems: systems(oldPacket, newPacket), steps, permissions, exceptions, limits, owners, changes, review };
}
