import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewTitle } from '../../client/src/preview/preview-title';

describe('preview tab title', () => {
  it('names the folder for the usual handoff.yaml, so previews can be told apart', () => {
    assert.equal(previewTitle('/work/packets/partner-triage/handoff.yaml'), 'Preview partner-triage/handoff.yaml');
    assert.equal(previewTitle('/work/packets/support-routing/handoff.yml'), 'Preview support-routing/handoff.yml');
  });
  it('keeps a distinctive file name alone', () => {
    assert.equal(previewTitle('/work/packets/invoices.handoff.yaml'), 'Preview invoices.handoff.yaml');
    assert.equal(previewTitle('/handoff.yaml'), 'Preview handoff.yaml');
  });
});
