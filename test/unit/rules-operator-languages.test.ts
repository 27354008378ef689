import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { checkPacket, parsePacket } from '../../packet/src';
import { PacketAnalysis } from '../../packet/src/analysis';
import { readiness } from '../../packet/src/readiness';
import { guessLanguage } from '../../packet/src/text/language';
import { judgeOperator } from '../../packet/src/text/operator-judge';
import { judgeSummary } from '../../packet/src/text/summary-filler';
import { fixtureFiles, readFixture } from '../support/fixtures';

// The operator checks on packets their authors wrote in other words and other
// languages: the builder named by company, Spanish, German and French prose,
// instructions that name no control, and "everything else" as a complement.

const BASE = readFixture('near-miss/_base.yaml');

function withOps(ops: string, extra: (t: string) => string = (t) => t): string {
  const start = BASE.indexOf('operations:');
  const end = BASE.indexOf('metrics:');
  return extra(`${BASE.slice(0, start)}${ops}\n${BASE.slice(end)}`);
}

function rulesAt(text: string, rule: string): { line: number; message: string }[] {
  const parsed = parsePacket(text);
  return checkPacket(parsed)
    .filter((d) => d.rule === rule)
    .map((d) => ({ line: parsed.lines.positionAt(d.span.start).line + 1, message: d.message }));
}

describe('clean packets written in Spanish, German and French', () => {
  const files = fixtureFiles('languages');
  it('exist for each language, in several registers', () => {
    for (const lang of ['de', 'es', 'fr']) assert.ok(files.filter((f) => f.startsWith(`languages/${lang}-`)).length >= 3, lang);
  });
  for (const rel of files) {
    it(`${rel} reports nothing and is ready`, () => {
      const text = readFixture(rel);
      const parsed = parsePacket(text);
      const got = checkPacket(parsed);
      assert.deepEqual(got.map((d) => `${d.rule} line ${parsed.lines.positionAt(d.span.start).line + 1}: ${d.message}`), []);
      const r = readiness(new PacketAnalysis(text));
      assert.equal(r.answered, 9, r.questions.filter((q) => q.status !== 'answered').map((q) => `${q.number}: ${q.missing.join(' ')}`).join('\n'));
    });
  }
});

describe('prose language', () => {
  it('tells Spanish, German, French and English apart from a sentence', () => {
    assert.equal(guessLanguage('Escribir a la agencia y esperar a que detengan el flujo.').language, 'es');
    assert.equal(guessLanguage('Den Schalter im Admin-Bereich ausschalten und die Agentur informieren.').language, 'de');
    assert.equal(guessLanguage("Désactiver le scénario dans Make, puis prévenir l'agence.").language, 'fr');
    assert.equal(guessLanguage('Turn the flag off in the admin panel.').language, 'en');
  });
});

describe('builder-dependency in Spanish, German and French phrasings', () => {
  const items = parse(readFixture('phrasings/builder-dependency-intl.yaml')) as { lang: 'es' | 'de' | 'fr'; text: string; expect: boolean }[];
  it('are many, balanced and cover each language', () => {
    for (const lang of ['es', 'de', 'fr']) {
      const mine = items.filter((p) => p.lang === lang);
      assert.ok(mine.length >= 12, lang);
      assert.ok(mine.some((p) => p.expect) && mine.some((p) => !p.expect), lang);
    }
  });
  it('meet the same precision and recall floors as English (0.9/0.9)', (t) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const p of items) {
      const got = judgeOperator(p.text, undefined, p.lang).dependsOnOutsider;
      if (got && p.expect) tp++;
      else if (got) (fp++, wrong.push(`false alarm: ${p.text}`));
      else if (p.expect) (fn++, wrong.push(`missed: ${p.text}`));
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    t.diagnostic(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} over ${items.length}`);
    assert.ok(precision >= 0.9 && recall >= 0.9, wrong.join('\n'));
  });
});

describe('builder-dependency names the builder the way the packet does', () => {
  const supportAt = (t: string) => t.replace('response: Email the builder; first answer within one business day', 'response: support@acme-automation.example, first answer within one business day');

  it('reads the company from the support address, in a numbered list in a literal block', () => {
    const text = withOps(
      'operations:\n  pause:\n    how: |\n      1. Write to Acme with the run id.\n      2. Wait until they have stopped the workflow on their side.\n      3. Check the Gorgias view that no new notes appear.\n  rollback:\n    how: Redeploy the previous tagged release',
      supportAt,
    );
    const found = rulesAt(text, 'builder-dependency');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /Pausing depends on reaching someone outside your team \("Write to Acme/);
    assert.equal(readiness(new PacketAnalysis(text)).questions[5].status, 'partly');
  });

  it('counts an owner reached at the builder domain as the builder', () => {
    const text = withOps('operations:\n  pause:\n    how: Ask Priya to pause it.\n  rollback:\n    how: Redeploy the previous tagged release', (t) =>
      supportAt(t).replace("  - id: it-team\n", '  - id: vendor-csm\n    role: Customer success\n    person: Priya Natarajan\n    contact: priya@acme-automation.example\n    owns: []\n  - id: it-team\n'),
    );
    assert.equal(rulesAt(text, 'builder-dependency').length, 1);
  });

  it('counts an owner whose role is held at another company as outside, unless several owners share that company', () => {
    const vendorOwner = (t: string) => t.replace("  - id: it-team\n", '  - id: nimbus-pm\n    role: Project lead at Nimbus\n    owns: []\n  - id: it-team\n');
    const ops = 'operations:\n  pause:\n    how: Ask Nimbus to pause it.\n  rollback:\n    how: Redeploy the previous tagged release';
    assert.equal(rulesAt(withOps(ops, vendorOwner), 'builder-dependency').length, 1);
    const shared = (t: string) => vendorOwner(t).replace('    role: Support team lead\n', '    role: Support team lead at Nimbus\n');
    assert.deepEqual(rulesAt(withOps(ops, shared), 'builder-dependency'), []);
  });

  it('never takes a system of the packet for the builder, even when its support team is named', () => {
    const text = withOps('operations:\n  pause:\n    how: In Gorgias > Settings > Rules, untick Refund triage\n  resume:\n    how: Tick Refund triage again in Gorgias > Settings > Rules\n  rollback:\n    how: Redeploy the previous tagged release', (t) =>
      t.replace('response: Email the builder; first answer within one business day', 'response: Internal IT desk, answer within a day\n  monitoring: Gorgias support reads the weekly report'),
    );
    assert.deepEqual(rulesAt(text, 'builder-dependency'), []);
  });

  it('keeps quiet when the operator has a path of their own and only informs the company', () => {
    const text = withOps('operations:\n  pause:\n    how: Turn off the refund-triage rule in Gorgias settings, then tell Acme.\n  rollback:\n    how: Redeploy the previous tagged release; if that fails, write to Acme and wait for them.', supportAt);
    assert.deepEqual(rulesAt(text, 'builder-dependency'), []);
  });

  it('does not take the buyer for the builder when support runs from the owners own domain', () => {
    const text = withOps('operations:\n  pause:\n    how: Ask Dana to turn off the refund-triage rule in Gorgias.\n  rollback:\n    how: Redeploy the previous tagged release', (t) =>
      t
        .replace('response: Email the builder; first answer within one business day', 'response: it-help@shopco.example, first answer within four hours')
        .replace('    role: Support team lead\n', '    role: Support team lead\n    person: Dana Ruiz\n    contact: dana@shopco.example\n')
        .replace('    role: Internal IT\n', '    role: Internal IT\n    contact: it-help@shopco.example\n'),
    );
    assert.deepEqual(rulesAt(text, 'builder-dependency'), []);
  });
});

describe('vague-operator-action', () => {
  it('makes a vague pause leave question 6 unanswered', () => {
    const text = withOps('operations:\n  pause:\n    how: Pause the workflow.\n  rollback:\n    how: Redeploy the previous tagged release');
    const q = readiness(new PacketAnalysis(text)).questions[5];
    assert.equal(q.status, 'unanswered');
    assert.match(q.missing.join(' '), /names no control/);
    assert.equal(rulesAt(text, 'vague-operator-action').length, 1);
  });

  it('judges Spanish, German and French instructions too', () => {
    for (const how of ['Pausar el flujo.', 'Den Workflow pausieren.', 'Mettre le workflow en pause.', 'Siehe Handbuch.']) {
      assert.equal(rulesAt(withOps(`operations:\n  pause:\n    how: ${how}`), 'vague-operator-action').length, 1, how);
    }
    for (const how of ['Desactivar la regla en Ajustes > Reglas de Gorgias.', 'Den Schalter „Auto-Notiz“ in Gorgias ausschalten.', "Désactiver la règle dans les paramètres de Gorgias."]) {
      assert.deepEqual(rulesAt(withOps(`operations:\n  pause:\n    how: ${how}`), 'vague-operator-action'), [], how);
    }
  });

  it('leaves placeholders and builder-only instructions to their own checks', () => {
    const text = withOps('operations:\n  pause:\n    how: TBD\n  rollback:\n    how: Ask the vendor.');
    assert.deepEqual(rulesAt(text, 'vague-operator-action'), []);
    assert.equal(rulesAt(text, 'placeholder-text').length, 1);
    assert.equal(rulesAt(text, 'builder-dependency').length, 1);
  });
});

describe('vague-boundary: "everything else" after a named set is a complement', () => {
  it('accepts the complement routed to someone, in four languages', () => {
    for (const s of [
      'Approves supplier invoices under 500 EUR that match an open purchase order in SAP and posts them for payment; everything else goes to the accounts payable lead.',
      'Aprueba facturas de proveedores de menos de 500 EUR que coinciden con un pedido abierto en Holded y las deja listas para el pago; todo lo demás pasa a la responsable de cuentas a pagar.',
      'Legt für neue Mitarbeitende Konten in Google Workspace und Slack an, sobald der Vertrag in Personio unterschrieben ist; alles andere geht an die IT-Leitung.',
      "Classe les demandes de retour reçues dans Zendesk et prépare l'étiquette pour les commandes de moins de 30 jours ; tout le reste est transmis à la responsable du service client.",
    ]) assert.equal(judgeSummary(s).vague, false, s);
  });
  it('still reports filler in those languages', () => {
    for (const s of [
      'Gestiona facturas, pedidos, etc. según sea necesario para el equipo de finanzas de la empresa.',
      'Bearbeitet Anfragen, Rechnungen usw. bei Bedarf für die Abteilungen im ganzen Unternehmen.',
      'Traite les demandes, les factures, etc. au besoin pour toutes les équipes de la société.',
      'Reads orders from the Shopify store, drafts replies and does everything else as well.',
    ]) assert.equal(judgeSummary(s).vague, true, s);
  });
  it('reports a verb that only "handles" an object that names nothing, or the right people unnamed, and not what the text narrows', () => {
    for (const s of [
      'Gestiona las solicitudes entrantes de los clientes y las deriva al equipo que corresponda en cada caso.',
      'Bearbeitet eingehende Anfragen und leitet sie an die richtigen Stellen im Unternehmen weiter.',
      "Traite les demandes entrantes et les transmet aux bonnes personnes selon les cas dans l'entreprise.",
      'Lee los correos del buzón de compras, extrae el pedido y lo envía al equipo que corresponda sin contestar al cliente.',
      'Liest Bestellungen aus Shopware und leitet Reklamationen an die zuständige Stelle weiter, ohne selbst zu antworten.',
      "Lit les e-mails du service client, résume la demande et la transmet aux bonnes personnes sans répondre au client.",
    ]) assert.equal(judgeSummary(s).vague, true, s);
    for (const s of [
      'Gestiona las solicitudes de reembolso de menos de 50 EUR que llegan por Zendesk y prepara la devolución en Stripe.',
      'Bearbeitet Anfragen zu Rechnungskorrekturen aus dem Kundenportal und legt einen Entwurf in DATEV an, ohne ihn zu buchen.',
      'Traite les demandes de remboursement reçues dans Zendesk et prépare le remboursement dans Stripe sans le valider.',
      'Lee los correos del buzón de compras, extrae el pedido y lo envía al equipo de compras en Holded sin contestar.',
    ]) assert.equal(judgeSummary(s).vague, false, s);
  });
});
