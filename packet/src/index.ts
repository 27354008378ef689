// The packet library's public surface. Pure: no editor, no connection, no I/O.
export * from './diagnostic';
export * from './format';
export * from './formatting';
export { parsePacket, type ParsedPacket } from './parse/parse-packet';
export { reparsePacket, tryReparse } from './parse/incremental';
export { LineIndex, type Position } from './parse/line-index';
export { checkPacket, type CheckOptions } from './check';
export { PacketAnalysis } from './analysis';
export { buildIdIndex, occurrencesAt, type IdIndex, type IdDeclaration, type IdReference } from './model/id-index';
export { RULES, RULE_IDS, ruleInfo, ruleDocsUrl, type RuleInfo } from './rules/catalog';
export { readRuleSeverities, type RuleSeverities } from './config/severity-config';
export { RC_FILE_NAMES, layerEditorOptions, readRcText, type RcConfig, type RcProblem, type RcRead } from './config/rc-config';
export { DEFAULT_LIMITS, effectiveLimits, FILE_TOO_LARGE, LIMIT_SETTINGS, readLimits, type LimitProblem, type PacketLimits } from './limits';
export { renderHtml, renderMarkdown, renderModel, renderPreviewParts, partHtml, type PreviewPart, type RenderOptions } from './render';
export * from './diff';
export { fixesFor, fixAll, applyEdits, isPlaceholder, type PacketFix, type TextEdit, type FixOptions, type FixAllOptions } from './fixes';
export { readiness, type ReadinessReport, type ReadinessQuestion, type ReadinessStatus, type ReadinessPlace } from './readiness';
export * from './authoring';
