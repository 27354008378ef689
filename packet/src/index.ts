// The packet library's public surface. Pure: no editor, no connection, no I/O.
export * from './diagnostic';
export * from './format';
export { parsePacket, type ParsedPacket } from './parse/parse-packet';
export { LineIndex, type Position } from './parse/line-index';
export { checkPacket, type CheckOptions } from './check';
export { PacketAnalysis } from './analysis';
export { buildIdIndex, occurrencesAt, type IdIndex, type IdDeclaration, type IdReference } from './model/id-index';
export { RULES, RULE_IDS, ruleInfo, ruleDocsUrl, type RuleInfo } from './rules/catalog';
export { readRuleSeverities, type RuleSeverities } from './config/severity-config';
