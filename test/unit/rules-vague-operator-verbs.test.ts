import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// "Switch off the risky part" orders the operator about with a control word
// used as a verb: there is still nothing to find and touch. A control noun
// counts only as a noun ("the switch", "the flag", "the rollback job").

const BASE = readFixture('domains/clinic-intake.handoff.yaml');
const LINE = '    disable_path: Remove the front-desk role from the intake-bot user to stop all writes\n';

function vague(disablePath: string): boolean {
  assert.ok(BASE.includes(LINE));
  const parsed = parsePacket(BASE.replace(LINE, `    disable_path: ${disablePath}\n`));
  return checkPacket(parsed).some((d) => d.rule === 'vague-operator-action');
}

describe('vague-operator-action and control words used as verbs', () => {
  for (const text of ['Switch off the risky part until it is fixed.', 'Switch it off.', 'Just toggle it back on later.', 'Then schedule the rest for tomorrow.', 'Have the front desk lead switch it off.']) {
    it(`reports "${text}"`, () => assert.equal(vague(text), true));
  }
  for (const text of ['Switch the auto_merge flag off.', 'Trigger the rollback job.', 'Flip the kill-switch.', 'Toggle the writes setting off.']) {
    it(`accepts "${text}"`, () => assert.equal(vague(text), false));
  }
});
