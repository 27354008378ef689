import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareContent, stem } from '../../packet/src/diff/scope-words';

// The measure behind "a widened scope" (docs/change-impact.md): content
// words after stop words and stemming, and which new ones name a scope.

describe('content words of a workflow name or summary', () => {
  it('inflections of one word are one content word', () => {
    for (const group of [['review', 'reviews', 'reviewed', 'reviewer', 'reviewing'], ['route', 'routes', 'routed', 'routing'], ['application', 'applications'], ['policy', 'policies']]) {
      assert.equal(new Set(group.map(stem)).size, 1, group.join(' '));
    }
  });

  it('re-wrapping and rewording with the same content adds nothing', () => {
    const c = compareContent('Classifies inbound partner applications and routes them to review.', 'Classifies each inbound application\nfrom a partner, and routes it to a reviewer.');
    assert.deepEqual([c.added, c.dropped, c.scope], [[], [], []]);
  });

  it('a new thing joined to one the workflow had is a new scope', () => {
    assert.deepEqual(compareContent('Partner application triage', 'Partner and reseller application triage').scope, ['reseller']);
    assert.deepEqual(compareContent('Routes every ticket to a group', 'Routes every ticket, email or chat to a group').scope, ['email', 'chat']);
    assert.deepEqual(compareContent('Books outpatient visits at the Leeds clinic', 'Books outpatient visits at the Leeds and York clinics').scope, ['york']);
  });

  it('a region, customer kind or named channel is a new scope on its own', () => {
    assert.deepEqual(compareContent('Support ticket routing', 'Support ticket routing for the Nordics').scope, ['nordics']);
    assert.deepEqual(compareContent('Answers order questions by email', 'Answers order questions by email for distributors too').scope, ['distributors']);
  });

  it('rewording that adds detail names no scope', () => {
    for (const [a, b] of [
      ['Posts urgent tickets to Slack', 'Posts urgent tickets to the escalations Slack channel'],
      ['Drafts a recommended disposition', 'Drafts a recommended disposition with the evidence behind it, then stops'],
      ['Routes tickets to the right group', 'Routes tickets to the right support group'],
    ]) {
      const c = compareContent(a, b);
      assert.ok(c.added.length > 0, b);
      assert.deepEqual(c.scope, [], b);
    }
  });

  it('a word the name and the summary both gain counts as a scope', () => {
    assert.deepEqual(compareContent('Routes support tickets.', 'Routes support tickets. Billing tickets go the same way.', new Set([stem('billing')])).scope, ['billing']);
  });
});
