import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, type Document } from 'yaml';
import { checkPacket, parsePacket, type PacketDiagnostic } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// Authority checks on edited copies of a complete packet that reports nothing.

const BASE = readFixture('near-miss/_base.yaml');

function run(edit: (doc: Document) => void): { text: string; diags: PacketDiagnostic[] } {
  const doc = parseDocument(BASE);
  edit(doc);
  const text = doc.toString();
  return { text, diags: checkPacket(parsePacket(text)) };
}

function of(rule: string, r: { text: string; diags: PacketDiagnostic[] }): { at: string; d: PacketDiagnostic }[] {
  return r.diags.filter((d) => d.rule === rule).map((d) => ({ at: r.text.slice(d.span.start, d.span.end), d }));
}

const ACTION = { id: 'tag-vip', does: 'Tag the customer as VIP', system: 'gorgias', authority: 'approval', reversible: true };

describe('approval-without-approver', () => {
  it('treats an empty approver like a missing one', () => {
    for (const approver of [null, '', '  ']) {
      const got = of('approval-without-approver', run((doc) => doc.addIn(['permissions', 'actions'], { ...ACTION, approver })));
      assert.equal(got.length, 1, JSON.stringify(approver));
      assert.equal(got[0].at, 'approval');
    }
  });
  it('leaves automatic and never actions alone', () => {
    const r = run((doc) => {
      doc.addIn(['permissions', 'actions'], { ...ACTION, authority: 'automatic' });
      doc.addIn(['permissions', 'actions'], { id: 'refund', authority: 'never' });
    });
    assert.deepEqual(of('approval-without-approver', r), []);
  });
});

describe('irreversible-automatic-action', () => {
  it('only reports reversible: false, not the text "false"', () => {
    const r = run((doc) => doc.addIn(['permissions', 'actions'], { ...ACTION, authority: 'automatic', reversible: 'false' }));
    assert.deepEqual(of('irreversible-automatic-action', r), []);
    assert.ok(r.diags.some((d) => d.rule === 'schema'), 'the schema reports the text instead');
  });
});

describe('undeclared-write', () => {
  it('reports every acting action when writes is missing, and offers to add the system', () => {
    const got = of('undeclared-write', run((doc) => doc.deleteIn(['workflow', 'writes'])));
    assert.equal(got.length, 1);
    assert.equal(got[0].at, 'gorgias');
    assert.deepEqual(got[0].d.data, { fix: 'add-to-list', path: ['workflow', 'writes'], value: 'gorgias' });
  });
  it('leaves a system nobody declared to unknown-reference', () => {
    const r = run((doc) => doc.addIn(['permissions', 'actions'], { ...ACTION, id: 'post-slack', system: 'slack', approver: 'support-lead' }));
    assert.deepEqual(of('undeclared-write', r), []);
    assert.equal(of('unknown-reference', r).length, 1);
  });
  it('stays quiet when writes is not a list (the schema reports it)', () => {
    assert.deepEqual(of('undeclared-write', run((doc) => doc.setIn(['workflow', 'writes'], 'gorgias'))), []);
  });
  it('does not count never actions as writing', () => {
    const r = run((doc) => doc.setIn(['permissions', 'actions', 0, 'authority'], 'never'));
    const got = of('undeclared-write', r);
    assert.equal(got.length, 1);
    assert.match(got[0].d.message, /no action under `permissions.actions` changes it/);
  });
  it('counts an action whose authority is not written yet as touching its system', () => {
    const r = run((doc) => doc.deleteIn(['permissions', 'actions', 0, 'authority']));
    assert.deepEqual(of('undeclared-write', r), []);
  });
});

describe('builder-dependency', () => {
  const pause = (how: string) => (doc: Document) => doc.setIn(['operations', 'pause', 'how'], how);

  it('reads a section written as plain text as its instruction', () => {
    const got = of('builder-dependency', run((doc) => doc.setIn(['operations', 'pause'], 'Ask the vendor to pause it')));
    assert.equal(got.length, 1);
    assert.equal(got[0].at, 'Ask the vendor to pause it');
  });
  it('judges an action as a whole: an internal how covers a vendor precondition', () => {
    const r = run((doc) => doc.setIn(['operations', 'resume', 'check_first'], ['The vendor confirms the fix is live']));
    assert.deepEqual(of('builder-dependency', r), []);
  });
  it('reports only the instruction that depends on the outsider', () => {
    const r = run((doc) => {
      doc.setIn(['operations', 'resume', 'how'], 'Email the agency and wait');
      doc.setIn(['operations', 'resume', 'check_first'], ['Queue under 30']);
    });
    assert.deepEqual(of('builder-dependency', r).map((g) => g.at), ['Email the agency and wait']);
  });
  it('knows the owners are insiders and the support contacts are outsiders', () => {
    const insider = run((doc) => {
      doc.setIn(['owners', 0, 'person'], 'Marta Quist');
      pause('Ping Marta, she can switch it off')(doc);
    });
    assert.deepEqual(of('builder-dependency', insider), []);
    const unknownName = of('builder-dependency', run(pause('Email jo@brightline.dev and wait')));
    assert.deepEqual(unknownName, [], 'an address the packet does not place is not judged');
    const supportContact = run((doc) => {
      doc.setIn(['support', 'response'], 'Brightline Digital, jo@brightline.dev, within one business day');
      pause('Email jo@brightline.dev and wait')(doc);
    });
    assert.equal(of('builder-dependency', supportContact).length, 1);
  });
  it('treats an owner entry that is plainly the vendor as outside', () => {
    const r = run((doc) => {
      doc.addIn(['owners'], { id: 'acme', role: 'Acme Automation, the builder', person: 'Priya Shah', owns: [] });
      pause('Ping Priya on Slack')(doc);
    });
    assert.equal(of('builder-dependency', r).length, 1);
  });
  it('names the words that send the operator outside', () => {
    const got = of('builder-dependency', run(pause('If it misbehaves, DM the developer on Slack')));
    assert.equal(got.length, 1);
    assert.match(got[0].d.message, /"DM the developer on Slack"/);
  });
});

describe('builder-dependency and names the packet knows', () => {
  it('places a person by the firm named after them, even when an owner shares the name', () => {
    const doc = parseDocument(BASE);
    doc.setIn(['owners', 0, 'person'], 'Sam Ortiz');
    doc.setIn(['operations', 'pause', 'how'], 'Ask Sam from the agency to turn it off');
    const text = doc.toString();
    assert.equal(checkPacket(parsePacket(text)).filter((d) => d.rule === 'builder-dependency').length, 1);
  });
});
