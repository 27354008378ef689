// A short, valid skeleton for each of the thirteen sections: what the
// missing-section fix inserts (and what snippets can offer). Open parts are
// TODO placeholders; ids the packet already refers to but never declares are
// declared here, so inserting `owners` or `systems` resolves those references.

import type { PacketAnalysis } from '../analysis';
import type { IdKind } from '../diagnostic';
import type { SectionName } from '../format';
import { Flow, IdSlot, pairLines, TextWriter, Todo, type YMap, type YValue } from './emit';
import { layoutOf } from './layout';
import { ALL_RESPONSIBILITIES, fieldValue, ownerFor, PLACEHOLDER_IDS } from './field-values';

/** Ids referenced somewhere but declared nowhere, in order of first use. */
function undeclared(analysis: PacketAnalysis, kind: IdKind): string[] {
  const declared = analysis.index.byKind[kind];
  return [...new Set(analysis.index.references.filter((r) => r.kind === kind && !declared.has(r.id)).map((r) => r.id))];
}

/** Picks the named fields' values for the mapping at `path`, in that order. */
function fields(analysis: PacketAnalysis, path: (string | number)[], names: string[]): YMap {
  const out: YMap = {};
  for (const n of names) out[n] = fieldValue(analysis, path, n);
  return out;
}

/** A reference to an owner that the owners skeleton would declare when none exist yet. */
function owner(analysis: PacketAnalysis, responsibility: string): YValue {
  return ownerFor(analysis, responsibility);
}

const SKELETONS: Record<SectionName, (a: PacketAnalysis) => YValue> = {
  packet: () => 1,
  workflow: (a) => fields(a, ['workflow'], ['name', 'summary', 'starts_when', 'inputs', 'produces', 'out_of_scope']),
  systems: (a) => {
    const ids = undeclared(a, 'system');
    if (ids.length === 0) return [{ id: new IdSlot(PLACEHOLDER_IDS.system), name: new Todo('the system as people call it') }];
    return ids.map((id) => ({ id, name: new Todo(`what ${id} is`) }));
  },
  steps: () => [{ id: new IdSlot(PLACEHOLDER_IDS.step), trigger: new Todo('what starts the run'), output: new Todo('what this step produces'), next: 'done' }],
  permissions: (a) => fields(a, ['permissions'], ['actions']),
  exceptions: (a) => ({
    queue: { owner: owner(a, 'exception_queue'), where: new Todo('where the exception queue lives') },
    types: fieldValue(a, ['exceptions'], 'types'),
  }),
  operations: (a) => fields(a, ['operations'], ['pause', 'resume', 'retry', 'rollback']),
  metrics: () => [{ id: new IdSlot(PLACEHOLDER_IDS.metric), measures: new Todo('what the number measures'), target: new Todo('the value that counts as healthy') }],
  review: (a) => [{ cadence: fieldValue(a, ['review', 0], 'cadence'), what: new Todo('what is reviewed'), owner: owner(a, 'workflow_quality') }],
  limits: (a) => fields(a, ['limits'], ['weak_at', 'always_human', 'not_supported']),
  owners: (a) => {
    const ids = undeclared(a, 'owner');
    const list = ids.length > 0 ? ids : [PLACEHOLDER_IDS.owner];
    // Until the author splits them up, the first owner holds every
    // responsibility: nothing is left unowned by accident.
    return list.map((id, i) => ({
      id: ids.length > 0 ? id : new IdSlot(id),
      role: new Todo(ids.length > 0 ? `the role ${id} stands for` : 'the role that holds this'),
      owns: i === 0 ? ALL_RESPONSIBILITIES() : new Flow([]),
    }));
  },
  changes: (a) => ({ approver: owner(a, 'change_approval'), ...fields(a, ['changes'], ['safe', 'review_required', 'new_scope']) }),
  support: (a) => fields(a, ['support'], ['window', 'bug', 'change_request', 'response']),
};

/** The skeleton of `section` for this packet. */
export function sectionSkeleton(analysis: PacketAnalysis, section: SectionName): YValue {
  return SKELETONS[section](analysis);
}

/**
 * The skeleton as text (`section:` and its lines), for completion items and
 * snippets: tab stops when `snippets`, else `TODO:` placeholders.
 */
export function skeletonText(analysis: PacketAnalysis, section: SectionName, snippets: boolean): string {
  const layout = layoutOf(analysis);
  return pairLines(section, sectionSkeleton(analysis, section), layout, new TextWriter(snippets)).join(layout.eol);
}
