import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../packet/src/authoring';
import { readFixture } from '../support/fixtures';

function hover(name: string, options: { exceptionTypes?: string[] } = {}): { markdown: string; hovered: string } {
  const raw = readFixture(`authoring/hover/${name}.yaml`);
  const offset = raw.indexOf('|');
  assert.ok(offset >= 0 && raw.indexOf('|', offset + 1) < 0, `${name}: exactly one | marks the cursor`);
  const text = raw.slice(0, offset) + raw.slice(offset + 1);
  const h = hoverAt(text, offset, options);
  assert.ok(h, `${name}: a hover`);
  return { markdown: h.markdown, hovered: text.slice(h.span.start, h.span.end) };
}

/** Every fact must appear in the hover text. */
function mentions(markdown: string, ...facts: (string | RegExp)[]): void {
  for (const f of facts) assert.ok(typeof f === 'string' ? markdown.includes(f) : f.test(markdown), `hover should mention ${f}:\n${markdown}`);
}

describe('hover on keys', () => {
  it('explains a key from the schema, with its allowed values', () => {
    const h = hover('key-authority');
    assert.equal(h.hovered, 'authority');
    mentions(h.markdown, '**Authority**', 'required', '`approver`', 'Values: `automatic`, `approval`, `never`');
  });

  it('explains a section', () => {
    const h = hover('section-key');
    assert.equal(h.hovered, 'operations');
    mentions(h.markdown, 'Section 5', 'pause');
  });

  it('says a key is not part of the format and lists the keys that are', () => {
    mentions(hover('unknown-key').markdown, 'not a key the format defines', '`owner`', '`backlog_limit`');
  });
});

describe('hover on values', () => {
  it('gives a vocabulary value its meaning', () => {
    const h = hover('value-never');
    assert.equal(h.hovered, 'never');
    mentions(h.markdown, '`never`', 'authority', /never\*\* perform/);
  });

  it('gives a change kind its meaning and default class', () => {
    mentions(hover('change-kind-value').markdown, 'autonomy-increase', 'review_required');
  });

  it('explains a known exception type with its typical response', () => {
    mentions(hover('exception-known').markdown, 'low_confidence', 'threshold', 'Typical response: `escalate`');
  });

  it('tells a packet-specific exception type from one the setting declares', () => {
    mentions(hover('exception-custom').markdown, "this packet's own", '`means`');
    mentions(hover('exception-custom', { exceptionTypes: ['sanctions_hit'] }).markdown, 'handoff.exceptionTypes');
  });
});

describe('hover on ids', () => {
  it('summarises the owner a reference names: role, person, what they own', () => {
    const h = hover('owner-reference');
    assert.equal(h.hovered, 'ops-lead');
    mentions(h.markdown, 'Partner operations lead', 'Dana Ruiz', '`business_outcome`', '`exception_queue`', '2 of 5');
  });

  it('counts the references on the declaration itself', () => {
    const h = hover('owner-declaration');
    assert.equal(h.hovered, 'ops-lead');
    mentions(h.markdown, 'Partner operations lead', '3 references');
  });

  it('summarises a system: name and access', () => {
    mentions(hover('system-reference').markdown, 'HubSpot CRM', '`read-write`', 'both reads');
  });

  it('summarises an action on its declaration: authority and reversibility', () => {
    mentions(hover('action-declaration').markdown, 'Delete the CRM record', '`automatic`', 'Irreversible');
  });

  it('summarises the step a next points to', () => {
    mentions(hover('step-next').markdown, 'Record stored', 'Disposition draft', 'Next: `done`');
  });

  it('says when a referenced id is not declared', () => {
    mentions(hover('unknown-reference').markdown, '`nobody-here`', 'not declared', '`owners`');
  });
});
