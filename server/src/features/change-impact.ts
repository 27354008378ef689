import { changeReportMarkdown, diffPackets, PacketAnalysis, type PacketChange } from '../../../packet/src';
import { guard } from '../guard';
import { CHANGE_IMPACT_REQUEST, type ChangeImpactMark, type ChangeImpactParams, type ChangeImpactResult } from './change-impact-protocol';
import { toRange } from '../ranges';
import type { Feature } from '../server-context';

// Change impact against a base version the client supplies (VS Code's Git
// extension gives the committed text): the server compares it with its own
// analysis of the open version, so the extension host carries no parser and
// the report reads the packet exactly as the checks do.

/** Changes that need someone's sign-off before they ship: the ones marked in the editor. */
function needsSignOff(c: PacketChange): c is PacketChange & { class: ChangeImpactMark['class'] } {
  return c.class === 'review_required' || c.class === 'new_scope';
}

export const changeImpactFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      CHANGE_IMPACT_REQUEST,
      guard(ctx.connection, CHANGE_IMPACT_REQUEST, null, async (params: ChangeImpactParams): Promise<ChangeImpactResult | null> => {
        if (typeof params?.uri !== 'string' || typeof params.base !== 'string') return null;
        const entry = ctx.store.analysis(params.uri);
        if (!entry) return null;
        const { analysis: current, document } = entry;
        const previous = new PacketAnalysis(params.base, ctx.settings.for(params.uri).limits);
        const report = diffPackets(previous, current);
        const baseName = typeof params.baseName === 'string' ? params.baseName : 'base';
        const markdown = changeReportMarkdown(report, {
          title: typeof params.title === 'string' ? params.title : baseName,
          where: (c) => {
            const removed = c.at === 'old' && c.old;
            const span = removed ? c.old : c.new;
            if (!span) return '';
            const p = (removed ? previous : current).parsed.lines.positionAt(span.start);
            return `${removed ? `${baseName}, ` : ''}line ${p.line + 1}, column ${p.character + 1}`;
          },
        });
        const lines = current.parsed.lines;
        const marks =
          report.problems.length > 0
            ? []
            : report.changes.filter(needsSignOff).map((c) => ({ range: toRange(lines, c.new ?? { start: 0, end: 0 }), kind: c.kind, class: c.class, message: c.message }));
        return { uri: document.uri, version: document.version, markdown, marks, approver: report.approver };
      }),
    );
  },
};
