// The benchmark's one picture: edit-to-diagnostics latency against packet size
// for both servers, log-log, median as a line and p95 as a whisker.

export interface Series {
  name: string;
  color: string;
  points: { lines: number; p50: number; p95: number }[];
}

const W = 640;
const H = 400;
const M = { left: 64, right: 24, top: 40, bottom: 52 };

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmt = (v: number) => (v >= 1000 ? `${v / 1000}k` : String(v));

export function latencySvg(series: Series[], title: string): string {
  const all = series.flatMap((s) => s.points);
  const xTicks = decades(Math.min(...all.map((p) => p.lines)), Math.max(...all.map((p) => p.lines)));
  const yTicks = decades(Math.max(0.1, Math.min(...all.map((p) => p.p50))), Math.max(...all.map((p) => p.p95)));
  const [x0, x1] = [Math.log10(xTicks[0]), Math.log10(xTicks[xTicks.length - 1])];
  const [y0, y1] = [Math.log10(yTicks[0]), Math.log10(yTicks[yTicks.length - 1])];
  const x = (v: number) => M.left + ((Math.log10(v) - x0) / (x1 - x0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - ((Math.log10(Math.max(v, yTicks[0])) - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="14">${esc(title)}</text>`,
  ];
  for (const t of xTicks) {
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${M.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  }
  parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">packet size (lines, log scale)</text>`);
  parts.push(`<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">ms from edit to diagnostics (log scale)</text>`);
  series.forEach((s, i) => {
    const pts = [...s.points].sort((a, b) => a.lines - b.lines);
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map((p) => `${x(p.lines).toFixed(1)},${y(p.p50).toFixed(1)}`).join(' ')}"/>`);
    for (const p of pts) {
      parts.push(`<line x1="${x(p.lines)}" x2="${x(p.lines)}" y1="${y(p.p50)}" y2="${y(p.p95)}" stroke="${s.color}" stroke-width="1.5"/>`);
      parts.push(`<circle cx="${x(p.lines)}" cy="${y(p.p50)}" r="3.5" fill="${s.color}"><title>${esc(s.name)}: ${p.lines} lines, median ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms</title></circle>`);
    }
    const ly = M.top + 8 + i * 18;
    parts.push(`<line x1="${M.left + 12}" x2="${M.left + 36}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"/>`);
    parts.push(`<text x="${M.left + 42}" y="${ly + 4}">${esc(s.name)} (median; whisker to p95)</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
