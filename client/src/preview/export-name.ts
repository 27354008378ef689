// The name the export suggests, next to the packet it came from.

/** `handoff.yaml` → `handoff.md`; `billing.handoff.yml` → `billing.handoff.html`; `Untitled-1` → `Untitled-1.md`. */
export function exportFileName(sourcePath: string, ext: string): string {
  const name = sourcePath.split('/').pop() ?? '';
  const base = name.replace(/\.ya?ml$/i, '') || 'handoff';
  return `${base}.${ext}`;
}
