import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket } from '../../packet/src';
import { PacketAnalysis } from '../../packet/src/analysis';
import { readiness } from '../../packet/src/readiness';
import { findPlaceholder, isPlaceholder } from '../../packet/src/text/placeholders';
import { readFixture } from '../support/fixtures';

// What counts as template text left in place of an answer, in the languages
// the checks read, and what is prose that only looks like it.

const LEFT_BEHIND = [
  '<name of the workflow>', '‹owner›', '{{ queue_name }}', 'TBD', 'tbd', 'TBD.', '(TBD)', 'TODO', 'TODO: who owns it', 'ToDo - ask ops',
  'FIXME', 'XXX', '???', '?', '...', '…', 'N/A', 'n/a', '-', 'Lorem ipsum dolor sit amet', '[fill in]', '[your company]', 'To be confirmed.',
  'to be defined', 'pending', 'placeholder',
  // Spanish
  'Por definir', 'pendiente', 'Pendiente de confirmar', 'a completar', 'A definir.', 'sin definir', '[completar]', 'Pendiente: confirmar el umbral',
  // German
  'noch offen', 'Noch offen.', 'zu ergänzen', 'Zu klären', 'folgt', 'k.A.', '[hier ergänzen]', 'Noch zu definieren',
  // French
  'à compléter', 'À définir', 'A completer', 'à préciser', 'En attente', '«à compléter»', '[à compléter]', 'À compléter : seuil',
];

const SLOTS_IN_PROSE = [
  'Turn the <flag name> flag off in the admin panel',
  'Ask ops (owner TBD) to press Pause',
  'Escribir a [nombre del responsable] por Slack',
  'Threshold is ??? until the pilot ends',
];

const PROSE = [
  '<= 15%', '> 25% for two days', 'x < 5 and y > 3', 'Dana Ruiz <dana@example.com>', 'Status page <https://status.example.com>',
  'See [the runbook](https://wiki.example.com/refunds)', 'Use <b>bold</b> sparingly', 'Pending refunds older than 30 days',
  'Orders for XXL packs', 'Todo lo que llega al buzón de facturas', 'Todo: el flujo completo', 'TBDs are reviewed weekly', 'N/A rows are skipped',
  'Offene Rechnungen älter als 30 Tage', 'Factures en attente de validation depuis plus de 30 jours', 'Los pedidos pendientes de pago',
  'List<String> is returned', 'none', 'Run `fly deploy --image app:<tag>` with the last green tag', 'Ejecutar `./rollback.sh {{version}}` desde el repo', 'Syncs the TODO list from Asana', 'Comments marked FIXME are skipped', 'Forms where the patient typed TBD instead of a member id', 'Cells that say TODO are read as empty', 'Mute the bot in Slack', 'Kein Ticket ohne Bestellnummer', '[PDF, PNG]', 'Folgt dem Prozess in Kapitel 4',
];

describe('placeholder text', () => {
  it('recognises the fillers people leave behind, in English, Spanish, German and French', () => {
    const missed = LEFT_BEHIND.filter((t) => findPlaceholder(t)?.whole !== true);
    assert.deepEqual(missed, []);
  });

  it('finds a slot left open inside real prose, and where it is', () => {
    for (const t of SLOTS_IN_PROSE) {
      const hit = findPlaceholder(t);
      assert.ok(hit && !hit.whole, t);
      assert.match(t.slice(hit.start, hit.end), /^(<flag name>|TBD|\[nombre del responsable\]|\?\?\?)$/, t);
    }
  });

  it('leaves comparisons, addresses, links, markup and ordinary words alone', () => {
    const flagged = PROSE.filter((t) => findPlaceholder(t) !== undefined);
    // "Todo:" as a Spanish heading is the one deliberate exception: a note marker.
    assert.deepEqual(flagged, ['Todo: el flujo completo']);
  });

  it('counts a placeholder as no answer, and blank text too', () => {
    assert.equal(isPlaceholder(''), true);
    assert.equal(isPlaceholder('Turn the flag off'), false);
    assert.equal(isPlaceholder('por definir'), true);
  });
});

describe('placeholder-text rule', () => {
  it('reports a placeholder in a literal block scalar on its first line of text', () => {
    const base = readFixture('near-miss/_base.yaml');
    const text = base.replace('    how: Redeploy the previous tagged release', '    how: |\n      <how to roll back>\n      and where');
    const parsed = parsePacket(text);
    const found = checkPacket(parsed).filter((d) => d.rule === 'placeholder-text');
    assert.equal(found.length, 1);
    const at = parsed.lines.positionAt(found[0].span.start);
    assert.equal(text.split('\n')[at.line].trim(), '<how to roll back>');
    assert.equal(at.character, 6);
  });

  it('makes readiness count the answer unanswered', () => {
    const base = readFixture('near-miss/_base.yaml');
    const before = readiness(new PacketAnalysis(base)).questions[5];
    assert.equal(before.status, 'answered');
    for (const filler of ['Por definir', 'noch offen', 'à compléter', '<the switch>']) {
      const q = readiness(new PacketAnalysis(base.replace('Turn off the refund-triage rule in Gorgias settings', filler))).questions[5];
      assert.equal(q.status, 'unanswered', filler);
    }
  });

  it('takes `undo: N/A` on an irreversible action as the answer it is', () => {
    const base = readFixture('near-miss/_base.yaml');
    const irreversible = base.replace('      reversible: true\n      undo: Delete the note', '      reversible: false\n      undo: N/A');
    assert.ok(irreversible.includes('undo: N/A'));
    assert.ok(!checkPacket(parsePacket(irreversible)).some((d) => d.rule === 'placeholder-text'));
    const reversible = base.replace('      undo: Delete the note', '      undo: N/A');
    assert.equal(checkPacket(parsePacket(reversible)).filter((d) => d.rule === 'placeholder-text').length, 1);
  });

  it('does not report ids, references or vocabularies, which other checks judge', () => {
    const base = readFixture('near-miss/_base.yaml');
    const text = base.replace('    owner: support-lead\n    where:', '    owner: tbd\n    where:');
    const rules = checkPacket(parsePacket(text)).map((d) => d.rule);
    assert.ok(rules.includes('unknown-reference'));
    assert.ok(!rules.includes('placeholder-text'));
  });
});
