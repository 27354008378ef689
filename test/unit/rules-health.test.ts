import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, type Document } from 'yaml';
import { checkPacket, parsePacket, type PacketDiagnostic } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// Exception, operations and health checks on edited copies of a complete packet.

const BASE = readFixture('near-miss/_base.yaml');

function of(rule: string, edit: (doc: Document) => void): PacketDiagnostic[] {
  const doc = parseDocument(BASE);
  edit(doc);
  return checkPacket(parsePacket(doc.toString())).filter((d) => d.rule === rule);
}

describe('exception checks', () => {
  it('exception-incomplete lists every missing field once, empty values included', () => {
    const got = of('exception-incomplete', (doc) => doc.addIn(['exceptions', 'types'], { type: 'conflicting_context', owner: null, reviewer_gets: [] }));
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].data, { fix: 'insert-fields', path: ['exceptions', 'types', 1], fields: ['response', 'owner', 'reviewer_gets'] });
  });
  it('low-confidence-without-threshold leaves a threshold of the wrong type to the schema', () => {
    const entry = { type: 'low_confidence', threshold: '70%', response: 'escalate', owner: 'support-lead', reviewer_gets: ['draft'] };
    assert.deepEqual(of('low-confidence-without-threshold', (doc) => doc.addIn(['exceptions', 'types'], entry)), []);
  });
  it('queue-without-limit needs a queue to talk about', () => {
    assert.deepEqual(of('queue-without-limit', (doc) => doc.deleteIn(['exceptions', 'queue'])), []);
    assert.deepEqual(of('queue-without-limit', (doc) => doc.setIn(['exceptions', 'queue'], null)), []);
    assert.equal(of('queue-without-limit', (doc) => doc.setIn(['exceptions', 'queue', 'backlog_limit'], null)).length, 1);
  });
  it('retry-unsafe-unspecified counts an empty unsafe_when as missing and a text safe_when as saying something', () => {
    assert.equal(of('retry-unsafe-unspecified', (doc) => doc.setIn(['operations', 'retry', 'unsafe_when'], [])).length, 1);
    const text = of('retry-unsafe-unspecified', (doc) => {
      doc.setIn(['operations', 'retry'], { safe_when: 'After a 5xx from Gorgias' });
    });
    assert.equal(text.length, 1);
  });
});

describe('health checks', () => {
  it('metric-without-target accepts a target of 0', () => {
    assert.deepEqual(of('metric-without-target', (doc) => doc.setIn(['metrics', 0, 'target'], 0)), []);
  });
  it('review-unowned reports an empty owner', () => {
    assert.equal(of('review-unowned', (doc) => doc.setIn(['review', 0, 'owner'], '')).length, 1);
  });
  it('empty-limits reports an empty mapping and a mapping of unknown keys, not a bare key', () => {
    assert.equal(of('empty-limits', (doc) => doc.setIn(['limits'], {})).length, 1);
    assert.equal(of('empty-limits', (doc) => doc.setIn(['limits'], { weak: ['long tickets'] })).length, 1);
    assert.deepEqual(of('empty-limits', (doc) => doc.setIn(['limits'], null)), []);
    assert.deepEqual(of('empty-limits', (doc) => doc.setIn(['limits'], { weak_at: 'Tickets in French' })), []);
  });
  it('vague-boundary names the filler and ignores a summary that is not text', () => {
    const got = of('vague-boundary', (doc) => doc.setIn(['workflow', 'summary'], 'Reads refund tickets from Gorgias and Shopify, drafts decisions, notifies people, etc. as needed by support.'));
    assert.equal(got.length, 1);
    assert.match(got[0].message, /"etc\." and "as needed"/);
    assert.doesNotMatch(got[0].message, /words/);
    assert.deepEqual(of('vague-boundary', (doc) => doc.setIn(['workflow', 'summary'], 42)), []);
  });
  it('unowned-responsibility reports each missing responsibility once, with no fix when there is nobody to give it to', () => {
    const got = of('unowned-responsibility', (doc) => doc.setIn(['owners'], []));
    assert.equal(got.length, 5);
    assert.ok(got.every((d) => d.data === undefined));
  });
  it('unowned-responsibility skips owners whose owns is not a list when choosing', () => {
    const got = of('unowned-responsibility', (doc) => {
      doc.setIn(['owners', 0, 'owns'], 'business_outcome');
      doc.setIn(['owners', 1, 'owns'], []);
    });
    assert.deepEqual(got.map((d) => d.data), [
      { fix: 'add-to-list', path: ['owners', 1, 'owns'], value: 'workflow_quality' },
      { fix: 'add-to-list', path: ['owners', 1, 'owns'], value: 'exception_queue' },
      { fix: 'add-to-list', path: ['owners', 1, 'owns'], value: 'technical_support' },
      { fix: 'add-to-list', path: ['owners', 1, 'owns'], value: 'change_approval' },
    ]);
  });
  it('change-rules-incomplete and support-incomplete list everything missing from an empty section', () => {
    assert.deepEqual(of('change-rules-incomplete', (doc) => doc.setIn(['changes'], {}))[0]?.data, {
      fix: 'insert-fields',
      path: ['changes'],
      fields: ['safe', 'review_required', 'new_scope', 'approver'],
    });
    assert.deepEqual(of('support-incomplete', (doc) => doc.setIn(['support'], {}))[0]?.data, { fix: 'insert-fields', path: ['support'], fields: ['window', 'response'] });
  });
});
