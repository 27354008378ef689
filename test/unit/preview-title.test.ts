import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyPathEndingWith, pathTailOfTitle, previewTitle } from '../../client/src/preview/preview-title';

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

describe('finding the packet of a restored preview by its title', () => {
  it('reads back the path tail of every title it makes', () => {
    for (const path of ['/work/packets/partner-triage/handoff.yaml', '/work/packets/invoices.handoff.yaml', '/handoff.yaml', '/a/b/handoff.yml']) {
      const tail = pathTailOfTitle(previewTitle(path));
      assert.ok(tail && path.endsWith(`/${tail}`), `${path} → ${tail}`);
    }
  });
  it('reads nothing from a title it did not make', () => {
    assert.equal(pathTailOfTitle('Handoff preview'), undefined);
    assert.equal(pathTailOfTitle('Preview '), undefined);
    assert.equal(pathTailOfTitle('Preview ../handoff.yaml'), undefined);
    assert.equal(pathTailOfTitle('Preview a/b/handoff.yaml'), undefined);
  });
  it('takes a packet only when exactly one path ends with the tail, by whole segments', () => {
    const tail = 'partner-triage/handoff.yaml';
    assert.equal(onlyPathEndingWith(['/w/partner-triage/handoff.yaml', '/w/support/handoff.yaml'], tail), '/w/partner-triage/handoff.yaml');
    assert.equal(onlyPathEndingWith(['/w/old-partner-triage/handoff.yaml'], tail), undefined, 'not a segment of its own');
    assert.equal(onlyPathEndingWith(['/a/partner-triage/handoff.yaml', '/b/partner-triage/handoff.yaml'], tail), undefined, 'two candidates: neither is guessed');
    assert.equal(onlyPathEndingWith(['/a/partner-triage/handoff.yaml', '/a/partner-triage/handoff.yaml'], tail), '/a/partner-triage/handoff.yaml');
    assert.equal(onlyPathEndingWith([], tail), undefined);
  });
});
