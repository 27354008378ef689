// A large packet for benchmarks, grown from a valid example.

/** The example with every list entry repeated under new ids (and references renamed to match) until it has `lines` lines. */
export function generatePacket(base: string, lines: number): string {
  const sections = ['systems', 'steps', 'permissions', 'exceptions', 'metrics', 'review', 'owners'];
  const ids = [...base.matchAll(/^\s*- id: ([a-z][a-z0-9-]*)/gm)].map((m) => m[1]);
  const types = [...base.matchAll(/^\s*- type: ([a-z_]+)/gm)].map((m) => m[1]);
  const idRe = new RegExp(`(?<![a-z0-9-])(${ids.sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9-])`, 'g');
  const typeRe = new RegExp(`(?<=type: )(${types.join('|')})\\b`, 'g');
  let text = base;
  for (let copy = 2; text.split('\n').length < lines; copy++) {
    for (const section of sections) {
      // A section runs to the blank line after it; its entries start at the first dash.
      const start = text.indexOf(`\n${section}:\n`);
      const end = text.indexOf('\n\n', start + 1);
      const body = base.slice(base.indexOf(`\n${section}:\n`), base.indexOf('\n\n', base.indexOf(`\n${section}:\n`) + 1));
      const entries = body.slice(body.search(/\n\s+- /));
      const fresh = entries.replace(idRe, `$1-${copy}`).replace(typeRe, `$1_${copy}`);
      text = text.slice(0, end) + fresh + text.slice(end);
    }
  }
  return text;
}
