// Turns one analysed packet, valid or not, into the document model every
// output is written from.

import type { PacketAnalysis } from '../analysis';
import type { CheckOptions } from '../check';
import type { Severity } from '../diagnostic';
import { isPlainObject } from '../model/yaml-nodes';
import type { PacketDocument, ProblemView, ReadinessView, Section } from './model';
import { boundarySection, stepsSection, systemsSection } from './model-boundary';
import { authoritySection, exceptionsSection, operationsSection } from './model-controls';
import { limitsSection, metricsSection, reviewSection } from './model-health';
import type { BuildContext } from './model-parts';
import { changesSection, ownersSection, supportSection } from './model-people';
import { packetReadiness } from './readiness-seam';
import { At } from './source-reader';

export interface ModelOptions {
  /** Severities for the problems list, as the editor or command line has them. */
  check?: CheckOptions;
  /** Readiness to show; by default the library's own, `null` to leave it out. */
  readiness?: ReadinessView | null;
}

/** Section builders in format order; one failing costs its section, not the page. */
const SECTION_BUILDERS: { id: string; title: string; build: (ctx: BuildContext) => Section }[] = [
  { id: 'workflow', title: 'Boundary', build: boundarySection },
  { id: 'systems', title: 'Systems', build: systemsSection },
  { id: 'steps', title: 'Steps', build: stepsSection },
  { id: 'permissions', title: 'Authority', build: authoritySection },
  { id: 'exceptions', title: 'Exceptions', build: exceptionsSection },
  { id: 'operations', title: 'Operator actions', build: operationsSection },
  { id: 'metrics', title: 'Health metrics', build: metricsSection },
  { id: 'review', title: 'Review cadence', build: reviewSection },
  { id: 'limits', title: 'Known limits', build: limitsSection },
  { id: 'owners', title: 'Owners', build: ownersSection },
  { id: 'changes', title: 'Change rules', build: changesSection },
  { id: 'support', title: 'Support after handoff', build: supportSection },
];

export function buildPacketDocument(analysis: PacketAnalysis, options: ModelOptions = {}): PacketDocument {
  const parsed = analysis.parsed;
  const problems = problemViews(analysis, options.check);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;

  let value = parsed.value;
  let partial = false;
  if (value === undefined && parsed.doc && parsed.doc.contents) {
    // While someone types, the YAML is often broken for a moment. What yaml
    // could still read is worth showing, marked as partial; the problems list
    // says what is wrong.
    try {
      value = parsed.doc.toJS({ maxAliasCount: 100 });
      partial = true;
    } catch {
      value = undefined;
    }
  }

  const root = At.root(parsed.doc, value);
  const readiness = options.readiness === null ? undefined : (options.readiness ?? safeReadiness(analysis));
  if (!isPlainObject(value)) {
    return {
      title: { text: 'Unreadable packet', placeholder: true },
      readiness,
      problems,
      counts,
      notice: { tone: 'danger', text: 'The file could not be read as a packet, so there is nothing to show yet. The problems below say why.' },
      sections: [],
    };
  }

  const ctx: BuildContext = { root, systems: registry(root.get('systems'), (s) => s.get('name').text()), owners: registry(root.get('owners'), ownerLabel) };
  const sections = SECTION_BUILDERS.map(({ id, title, build }): Section => {
    try {
      return build(ctx);
    } catch (err) {
      return { id, title, missing: false, span: root.get(id).entrySpan(), blocks: [{ kind: 'note', tone: 'danger', text: `This section could not be shown (${err instanceof Error ? err.message : String(err)}).` }] };
    }
  });
  const workflow = root.get('workflow');
  const version = workflow.get('version');
  return {
    title: workflow.get('name').asText('Unnamed workflow'),
    version: version.exists ? version.asText() : undefined,
    readiness,
    problems,
    counts,
    notice: partial ? { tone: 'warning', text: 'The file has YAML syntax errors. What follows is the part that could be read; fix the problems below to see all of it.' } : undefined,
    sections,
  };
}

function problemViews(analysis: PacketAnalysis, check: CheckOptions | undefined): ProblemView[] {
  return analysis.diagnostics(check).map((d) => {
    const pos = analysis.parsed.lines.positionAt(d.span.start);
    return { rule: d.rule, severity: d.severity, message: d.message, span: d.span, line: pos.line + 1, column: pos.character + 1 };
  });
}

function safeReadiness(analysis: PacketAnalysis): ReadinessView | undefined {
  try {
    return packetReadiness(analysis);
  } catch {
    return undefined;
  }
}

/** Declared ids of one kind with the text that names them; the first declaration wins. */
function registry(list: At, label: (entry: At) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of list.items()) {
    const id = entry.get('id').text();
    if (id !== undefined && !out.has(id)) out.set(id, label(entry) ?? '');
  }
  return out;
}

function ownerLabel(owner: At): string | undefined {
  const role = owner.get('role').text();
  const person = owner.get('person').text();
  return role && person ? `${role} (${person})` : (role ?? person);
}
