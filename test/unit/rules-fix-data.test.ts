import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket, ruleInfo, type FixData } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// The quick fixes build their edits from `data` alone, so each fixable check
// must hand over exactly the edit it means. Read from the rule fixtures.

const EXPECTED: Record<string, FixData[]> = {
  'approval-without-approver': [{ fix: 'insert-fields', path: ['permissions', 'actions', 2], fields: ['approver'] }],
  'irreversible-automatic-action': [{ fix: 'set-value', path: ['permissions', 'actions', 2], key: 'authority', value: 'approval' }],
  'exception-incomplete': [{ fix: 'insert-fields', path: ['exceptions', 'types', 1], fields: ['response', 'owner'] }],
  'low-confidence-without-threshold': [{ fix: 'insert-fields', path: ['exceptions', 'types', 1], fields: ['threshold'] }],
  'queue-without-limit': [{ fix: 'insert-fields', path: ['exceptions', 'queue'], fields: ['backlog_limit'] }],
  'retry-unsafe-unspecified': [{ fix: 'insert-fields', path: ['operations', 'retry'], fields: ['unsafe_when'] }],
  'metric-without-target': [{ fix: 'insert-fields', path: ['metrics', 1], fields: ['target'] }],
  'review-unowned': [{ fix: 'insert-fields', path: ['review', 1], fields: ['owner'] }],
  // The IT team's role fits technical support; the support lead is already the change approver.
  'unowned-responsibility': [
    { fix: 'add-to-list', path: ['owners', 1, 'owns'], value: 'technical_support' },
    { fix: 'add-to-list', path: ['owners', 0, 'owns'], value: 'change_approval' },
  ],
  'change-rules-incomplete': [{ fix: 'insert-fields', path: ['changes'], fields: ['new_scope', 'approver'] }],
  'support-incomplete': [{ fix: 'insert-fields', path: ['support'], fields: ['response'] }],
  'step-incomplete': [
    { fix: 'insert-fields', path: ['steps', 0], fields: ['trigger'] },
    { fix: 'insert-fields', path: ['steps', 1], fields: ['output'] },
    { fix: 'insert-fields', path: ['steps', 2], fields: ['trigger', 'output'] },
  ],
};

function dataOf(rule: string): (FixData | undefined)[] {
  const parsed = parsePacket(readFixture(`invalid/rules/${rule}.yaml`));
  return checkPacket(parsed)
    .filter((d) => d.rule === rule)
    .map((d) => d.data);
}

describe('fix data of the operating checks', () => {
  for (const [rule, want] of Object.entries(EXPECTED)) {
    it(rule, () => {
      assert.equal(ruleInfo(rule)?.fixable, true, `${rule} is not marked fixable in the catalog`);
      assert.deepEqual(dataOf(rule), want);
    });
  }

  it('undeclared-write offers to list the system only for the action side', () => {
    assert.deepEqual(dataOf('undeclared-write'), [undefined, { fix: 'add-to-list', path: ['workflow', 'writes'], value: 'shopify' }]);
  });

  it('checks without a quick fix carry no data', () => {
    for (const rule of ['builder-dependency', 'step-unreachable', 'step-dead-end', 'empty-limits', 'vague-boundary']) {
      assert.equal(ruleInfo(rule)?.fixable, false);
      for (const d of dataOf(rule)) assert.equal(d, undefined, rule);
    }
  });
});
