import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tempNameFor, writeAtomically, type AtomicFs } from '../../client/src/preview/atomic-write';
import { exportFileName } from '../../client/src/preview/export-name';

// The export writes whole files or nothing and never replaces a file the
// user did not agree to replace. A small in-memory file system with the
// rename semantics of VS Code's `workspace.fs` stands in for the disk.

class MemoryFs implements AtomicFs<string> {
  readonly files = new Map<string, string>();
  failWrite = false;

  async writeFile(uri: string, content: Uint8Array): Promise<void> {
    if (this.failWrite) throw new Error('disk full');
    this.files.set(uri, new TextDecoder().decode(content));
  }

  async rename(source: string, target: string, options: { overwrite: boolean }): Promise<void> {
    if (!this.files.has(source)) throw new Error('EntryNotFound');
    if (this.files.has(target) && !options.overwrite) throw new Error('FileExists');
    this.files.set(target, this.files.get(source)!);
    this.files.delete(source);
  }

  async delete(uri: string): Promise<void> {
    this.files.delete(uri);
  }
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('atomic export writes', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const fs = new MemoryFs();
    await writeAtomically(fs, '/out/handoff.md', '/out/.handoff.md.1.tmp', bytes('# Packet'), { overwrite: false });
    assert.deepEqual([...fs.files], [['/out/handoff.md', '# Packet']]);
  });

  it('replaces an existing file only when told the user agreed', async () => {
    const fs = new MemoryFs();
    fs.files.set('/out/handoff.md', 'old');
    await writeAtomically(fs, '/out/handoff.md', '/out/.t.tmp', bytes('new'), { overwrite: true });
    assert.equal(fs.files.get('/out/handoff.md'), 'new');
  });

  it('keeps a file that appeared after the name was chosen, and cleans up', async () => {
    const fs = new MemoryFs();
    fs.files.set('/out/handoff.md', 'someone else wrote this');
    await assert.rejects(writeAtomically(fs, '/out/handoff.md', '/out/.t.tmp', bytes('new'), { overwrite: false }), /FileExists/);
    assert.deepEqual([...fs.files], [['/out/handoff.md', 'someone else wrote this']]);
  });

  it('leaves the old file untouched when writing fails', async () => {
    const fs = new MemoryFs();
    fs.files.set('/out/handoff.md', 'old');
    fs.failWrite = true;
    await assert.rejects(writeAtomically(fs, '/out/handoff.md', '/out/.t.tmp', bytes('new'), { overwrite: true }), /disk full/);
    assert.deepEqual([...fs.files], [['/out/handoff.md', 'old']]);
  });

  it('names the temporary file beside the target, hidden', () => {
    assert.equal(tempNameFor('handoff.md', 'a1b2'), '.handoff.md.a1b2.tmp');
  });
});

describe('the suggested export name', () => {
  it('keeps the packet name and swaps the extension', () => {
    assert.equal(exportFileName('/w/handoff.yaml', 'md'), 'handoff.md');
    assert.equal(exportFileName('/w/billing.handoff.yml', 'html'), 'billing.handoff.html');
    assert.equal(exportFileName('Untitled-1', 'md'), 'Untitled-1.md');
    assert.equal(exportFileName('/w/.yaml', 'md'), 'handoff.md');
  });
});
