import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt, type CompletionOptions, type PacketCompletion } from '../../packet/src/authoring';
import { readFixture } from '../support/fixtures';

/** A fixture with its one `|` (the cursor) taken out. */
function atCursor(name: string): { text: string; offset: number } {
  const raw = readFixture(`authoring/completion/${name}.yaml`);
  const offset = raw.indexOf('|');
  assert.ok(offset >= 0 && raw.indexOf('|', offset + 1) < 0, `${name}: exactly one | marks the cursor`);
  return { text: raw.slice(0, offset) + raw.slice(offset + 1), offset };
}

function complete(name: string, options: CompletionOptions = {}): { items: PacketCompletion[]; text: string; offset: number } {
  const { text, offset } = atCursor(name);
  return { items: completionsAt(text, offset, options), text, offset };
}

const labels = (items: PacketCompletion[]) => items.map((i) => i.label);

describe('completion: closed vocabularies', () => {
  it('offers the three authorities in format order, each with its meaning', () => {
    const { items } = complete('action-authority');
    assert.deepEqual(labels(items), ['automatic', 'approval', 'never']);
    assert.match(items[0].documentation ?? '', /by itself/);
    assert.match(items[1].documentation ?? '', /approver/);
    assert.ok(items.every((i) => i.kind === 'value'));
  });

  it('replaces what is already typed of the value', () => {
    const { items, text } = complete('action-authority-partial');
    assert.deepEqual(labels(items), ['automatic', 'approval', 'never']);
    assert.equal(text.slice(items[0].range.start, items[0].range.end), 'ap');
  });

  it('offers responses, cadences and access levels with their meanings', () => {
    const response = complete('exception-response').items;
    assert.deepEqual(labels(response), ['retry', 'hold', 'escalate', 'stop']);
    assert.match(response[1].documentation ?? '', /queue/);
    assert.deepEqual(labels(complete('review-cadence').items), ['daily', 'weekly', 'monthly', 'quarterly']);
    const access = complete('system-access').items;
    assert.deepEqual(labels(access), ['read', 'write', 'read-write']);
    assert.ok(access.every((i) => (i.documentation ?? '').length > 0));
  });

  it('offers the responsibilities not yet listed, saying who already holds each', () => {
    const { items } = complete('owns-flow');
    assert.deepEqual(labels(items), ['workflow_quality', 'exception_queue', 'technical_support', 'change_approval']);
    assert.equal(items.find((i) => i.label === 'technical_support')?.detail, 'also owned by platform-team');
    assert.equal(items.find((i) => i.label === 'workflow_quality')?.detail, 'not owned by anyone yet');
  });
});

describe('completion: exception types and change kinds', () => {
  it('lists the known types first (minus ones already used), then the setting, then other packets', () => {
    const { items } = complete('exception-type', { exceptionTypes: ['vendor_timeout', 'missing_source_data'], workspaceExceptionTypes: () => ['stale_record', 'vendor_timeout'] });
    assert.deepEqual(labels(items), ['missing_source_data', 'duplicate_entity_match', 'conflicting_context', 'downstream_write_failure', 'unsupported_request', 'vendor_timeout', 'stale_record']);
    const missing = items[0];
    assert.match(missing.documentation ?? '', /absent/);
    assert.match(missing.documentation ?? '', /Typical response: `hold`/);
    assert.equal(missing.detail, 'known type · usually hold');
    assert.match(items[5].detail ?? '', /setting/);
    assert.match(items[6].detail ?? '', /another packet/);
  });

  it('offers change kinds in table order with their default class', () => {
    const { items } = complete('change-kind');
    assert.equal(items.length, 11);
    assert.deepEqual(labels(items).slice(0, 4), ['threshold-within-limits', 'routing-destination', 'classification-values', 'new-output-action']);
    assert.equal(items[0].detail, 'default class: safe');
    assert.equal(items[3].detail, 'default class: review_required → moves to safe');
    assert.ok(items.every((i) => i.kind === 'change-kind' && (i.documentation ?? '') !== ''));
  });

  it('offers the change classes (and approver) still missing as keys of changes', () => {
    assert.deepEqual(labels(complete('change-classes').items), ['approver', 'review_required', 'new_scope']);
  });
});

describe('completion: ids', () => {
  it('lists declared owners with their role for the queue owner', () => {
    const { items } = complete('queue-owner');
    assert.deepEqual(labels(items), ['ops-lead', 'platform-team']);
    assert.equal(items[0].detail, 'Operations lead (Dana Ruiz)');
    assert.match(items[0].documentation ?? '', /`business_outcome`/);
    assert.ok(items.every((i) => i.kind === 'id'));
  });

  it('lists systems with name and access for an action', () => {
    const { items } = complete('action-system');
    assert.deepEqual(labels(items), ['crm', 'chat']);
    assert.equal(items[1].detail, 'Team chat (write)');
  });

  it('offers other steps then done for next, leaving out the step itself and those listed', () => {
    assert.deepEqual(labels(complete('next-flow').items), ['record', 'done']);
    const scalar = complete('next-scalar').items;
    assert.deepEqual(labels(scalar), ['classify', 'done']);
    assert.equal(scalar[1].kind, 'keyword');
  });

  it('leaves out systems already in a reads or writes list (flow or block)', () => {
    assert.deepEqual(labels(complete('workflow-reads').items), ['crm', 'enrich']);
    assert.deepEqual(labels(complete('workflow-writes-block').items), ['chat']);
  });

  it('adds the missing space after a bare dash or a comma', () => {
    const dash = complete('owns-tight-dash').items;
    assert.equal(dash[0].label, 'business_outcome');
    assert.equal(dash[0].insertText, ' business_outcome');
    const comma = complete('writes-after-comma').items;
    assert.deepEqual(labels(comma), ['chat']);
    assert.equal(comma[0].insertText, ' chat');
  });

  it('still lists owners when the YAML around does not parse', () => {
    assert.deepEqual(labels(complete('half-written-owner').items), ['ops-lead', 'revops-lead']);
  });
});

describe('completion: keys and skeletons', () => {
  it('offers the keys an action lacks, in format order', () => {
    const { items } = complete('action-keys');
    assert.deepEqual(labels(items), ['does', 'system', 'approver', 'undo']);
    assert.ok(items.every((i) => i.kind === 'key'));
    assert.match(items[0].documentation ?? '', /operator would recognise/);
  });

  it('completes a half-written key in a file that does not parse, replacing the typed word', () => {
    const { items, text } = complete('half-written-key');
    assert.deepEqual(labels(items), ['does', 'system', 'approver', 'reversible', 'undo']);
    const approver = items.find((i) => i.label === 'approver')!;
    assert.equal(text.slice(approver.range.start, approver.range.end), 'appr');
    assert.equal(approver.insertText, 'approver: ${1}');
    assert.equal(approver.retrigger, true, 'an id follows: suggestions open again');
  });

  it('gives choice placeholders for vocabulary values, and plain text without snippet support', () => {
    const withSnippets = complete('half-written-key').items.find((i) => i.label === 'reversible')!;
    assert.equal(withSnippets.insertText, 'reversible: ${1|true,false|}');
    assert.equal(withSnippets.snippet, true);
    const plain = complete('half-written-key', { snippets: false }).items.find((i) => i.label === 'reversible')!;
    assert.equal(plain.insertText, 'reversible: ');
    assert.equal(plain.snippet, false);
  });

  it('offers missing sections in format order, each filling its whole skeleton', () => {
    const { items } = complete('missing-sections');
    assert.deepEqual(labels(items), ['systems', 'permissions', 'exceptions', 'operations', 'metrics', 'review', 'limits', 'changes', 'support']);
    assert.ok(items.every((i) => i.kind === 'section' && (i.detail ?? '').includes('required')));
    const exceptions = items.find((i) => i.label === 'exceptions')!;
    assert.equal(
      exceptions.insertText,
      [
        'exceptions:',
        '  queue:',
        '    owner: ${1}',
        '    where: ${2}',
        '    backlog_limit: ${3}',
        '  types:',
        '    - type: ${4}',
        '      means: ${5}',
        '      response: ${6|retry,hold,escalate,stop|}',
        '      owner: ${7}',
        '      reviewer_gets:',
        '        - ${8}',
      ].join('\n'),
    );
  });

  it('fills a whole new list entry after a dash, then offers its keys', () => {
    const { items } = complete('new-step-entry');
    assert.equal(items[0].label, 'new step');
    assert.equal(items[0].kind, 'skeleton');
    assert.ok(items[0].insertText.startsWith('id: ${1}\n    trigger: ${2}\n'), items[0].insertText);
    assert.deepEqual(labels(items).slice(1, 4), ['id', 'trigger', 'inputs']);
  });

  it('starts a new entry with its dash at the list column', () => {
    const { items } = complete('new-step-no-dash');
    assert.deepEqual(labels(items), ['new step']);
    assert.ok(items[0].insertText.startsWith('- id: ${1}\n    trigger: ${2}\n'), items[0].insertText);
  });

  it('offers keys inside a one-line flow mapping without skeletons', () => {
    const { items } = complete('flow-map-key');
    assert.deepEqual(labels(items), ['optional']);
    assert.equal(items[0].insertText, 'optional: ');
  });
});

describe('completion: where nothing belongs', () => {
  it('offers nothing inside a comment or a block of prose', () => {
    assert.deepEqual(complete('in-comment').items, []);
    assert.deepEqual(complete('in-block-scalar').items, []);
  });

  it('never throws, whatever the text and the offset', () => {
    const texts = ['', '|', ':', '- - -', '[[[[', 'a: [b, {c: ', 'x:\n\t- y', '"unclosed\n  key: v', 'packet: 1\n---\nworkflow:\n  name: a'];
    for (const t of texts) for (let o = 0; o <= t.length; o++) assert.doesNotThrow(() => completionsAt(t, o), `${JSON.stringify(t)} @${o}`);
  });
});
