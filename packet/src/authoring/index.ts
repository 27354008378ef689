// Authoring features over a packet's text: completion, hover, outline,
// folding, selection, navigation, rename and code lenses. Pure like the rest
// of the library: offsets in, offsets out.
export { completionsAt } from './completion/complete';
export type { CompletionKind, CompletionOptions, PacketCompletion } from './completion/types';
export { cursorContext, type CursorContext } from './cursor-context';
export { quickTree } from './quick-tree/lookup';
export { hoverAt, type HoverOptions, type PacketHover } from './hover/hover';
export { documentSymbols, type PacketSymbol, type SymbolKindName } from './symbols';
export { foldingRanges, type PacketFold } from './folding';
export { selectionRanges } from './selection';
export { definitionAt, referencesAt, highlightsAt, type PacketHighlight } from './navigation';
export { prepareRenameAt, renameAt, type RenameResult, type RenameTarget } from './rename';
export { codeLenses, type LensTarget, type PacketLens } from './code-lens';
export { knownExceptionTypes, type KnownExceptionType } from './exception-types';
export { quickLines, exceptionTypesIn } from './lines';
