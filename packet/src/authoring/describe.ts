import { RESPONSIBILITIES } from '../format';
import type { QuickDeclaration, QuickIndex } from './quick-index';
import { entryOf, scalarText } from './quick-tree/lookup';
import type { QMap, QNode } from './quick-tree/types';
import { enumValues, schemaAt } from './schema-model';

// One-line and Markdown summaries of a declared id, shared by completion
// (detail and documentation of an id item) and hover (on a reference).

export interface DeclarationSummary {
  /** One short line: an owner's role, a system's name, an action's authority. */
  detail: string;
  markdown: string;
}

export function summarise(decl: QuickDeclaration, index?: QuickIndex): DeclarationSummary {
  const get = (key: string) => field(decl.entry, key);
  const lines: string[] = [`**${decl.id}** · ${decl.kind}`];
  let detail = '';
  switch (decl.kind) {
    case 'owner': {
      const role = get('role');
      const person = get('person');
      const owns = list(decl.entry, 'owns').filter((r) => (RESPONSIBILITIES as readonly string[]).includes(r));
      detail = [role, person && `(${person})`].filter(Boolean).join(' ') || 'owner';
      lines.push([role ?? 'No role given', person, get('contact') && `contact ${code(get('contact')!)}`].filter(Boolean).join(' · '));
      lines.push(owns.length > 0 ? `Owns ${owns.map(code).join(', ')} (${owns.length} of ${RESPONSIBILITIES.length} responsibilities).` : `Owns none of the ${RESPONSIBILITIES.length} responsibilities.`);
      break;
    }
    case 'system': {
      const name = get('name');
      const access = get('access');
      detail = [name, access && `(${access})`].filter(Boolean).join(' ') || 'system';
      lines.push(name ?? 'No name given');
      lines.push(access ? `Access ${code(access)}: ${meaning(['systems', 0, 'access'], access) ?? 'not one of read, write, read-write.'}` : 'Access not stated.');
      break;
    }
    case 'action': {
      const authority = get('authority');
      const reversible = get('reversible');
      const system = get('system');
      const approver = get('approver');
      detail = [authority ?? 'authority not set', reversibility(reversible)].join(' · ');
      if (get('does')) lines.push(get('does')!);
      const who = authority === 'approval' && approver ? `, approved by ${code(approver)}` : '';
      lines.push(`Authority ${authority ? code(authority) : 'not set'}${who}${system ? ` on ${code(system)}` : ''}: ${authority ? (meaning(['permissions', 'actions', 0, 'authority'], authority) ?? '') : 'say whether it is automatic, needs approval or never happens.'}`);
      lines.push(`${capital(reversibility(reversible))}.${get('undo') ? ` Undo: ${get('undo')}` : ''}`);
      break;
    }
    case 'step': {
      const next = list(decl.entry, 'next');
      const single = get('next');
      const targets = next.length > 0 ? next : single ? [single] : [];
      detail = get('trigger') ?? 'step';
      if (get('trigger')) lines.push(`When: ${get('trigger')}`);
      if (get('output')) lines.push(`Produces: ${get('output')}`);
      lines.push(targets.length > 0 ? `Next: ${targets.map(code).join(', ')}` : 'No `next`: say where the run goes after this step.');
      break;
    }
    case 'metric': {
      detail = get('measures') ?? 'metric';
      if (get('measures')) lines.push(get('measures')!);
      const target = get('target');
      const alert = get('alert_when');
      lines.push([target && `Target ${code(target)}`, alert && `alert when ${code(alert)}`].filter(Boolean).join(' · ') || 'No target or alert threshold yet.');
      break;
    }
  }
  if (index) {
    const n = index.references.filter((r) => r.kind === decl.kind && r.id === decl.id).length;
    if (decl.kind !== 'action' && decl.kind !== 'metric') lines.push(`${n} ${n === 1 ? 'reference' : 'references'} in this packet.`);
  }
  return { detail, markdown: lines.join('\n\n') };
}

function field(map: QMap, key: string): string | undefined {
  const v = scalarText(entryOf(map, key)?.value);
  return v === undefined || v === '' ? undefined : v;
}

function list(map: QMap, key: string): string[] {
  const v: QNode | undefined = entryOf(map, key)?.value;
  if (v?.type !== 'seq') return [];
  return v.items.map((it) => scalarText(it.value)).filter((s): s is string => s !== undefined && s !== '');
}

function meaning(path: (string | number)[], value: string): string | undefined {
  const s = schemaAt(path);
  return s ? enumValues(s).find((v) => v.value === value)?.doc : undefined;
}

export function reversibility(reversible: string | undefined): string {
  return reversible === 'true' ? 'reversible' : reversible === 'false' ? 'irreversible' : 'reversibility not stated';
}

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
