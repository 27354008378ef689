import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { checkPacket, parsePacket } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// Following builder-dependency's advice must not lead straight into
// vague-operator-action: the advice asks for a role and the control it works.

const BASE = readFixture('near-miss/_base.yaml');
const RULES = ['builder-dependency', 'vague-operator-action'];

function withOperation(path: string[], how: string): string {
  const doc = parseDocument(BASE);
  doc.setIn(['operations', ...path], how);
  return doc.toString();
}

function reported(text: string): { rule: string; message: string }[] {
  return checkPacket(parsePacket(text))
    .filter((d) => RULES.includes(d.rule))
    .map((d) => ({ rule: d.rule, message: d.message }));
}

describe('builder-dependency advice', () => {
  const cases: [string[], string][] = [
    [['pause', 'how'], 'Message the builder on Slack and ask them to pause it'],
    [['rollback', 'how'], 'Ask Priya from Acme Automation to redeploy the previous version'],
    [['rollback', 'disable_path'], 'Email the vendor and ask them to disable it'],
  ];
  for (const [path, how] of cases) {
    it(`asks for a role and the control it works, and its example passes both checks (${path.join('.')})`, () => {
      const found = reported(withOperation(path, how));
      assert.deepEqual(found.map((f) => f.rule), ['builder-dependency']);
      const message = found[0].message;
      assert.match(message, /a role of your own and the control they work/);
      const example = /for example "([^"]+)"/.exec(message)?.[1];
      assert.ok(example, message);
      // The packet fixed the way the message says.
      assert.deepEqual(reported(withOperation(path, example)), []);
    });
  }

  it('a role alone, with no control, is still vague (which the advice now rules out)', () => {
    assert.deepEqual(reported(withOperation(['pause', 'how'], 'Ask the platform team to stop it')).map((f) => f.rule), ['vague-operator-action']);
  });

  it('a role of the packet working a named control passes both checks', () => {
    const text = withOperation(['pause', 'how'], 'The it-team switches the refund-triage rule off in Gorgias settings, ask Acme Automation if that fails');
    assert.deepEqual(reported(text), []);
  });
});
