// `handoff-language-server`: the same language server the VS Code extension
// runs (server/src/node/main.ts, not a copy), for other editors. Editors start it
// as a command and talk over its standard streams, so --stdio is the default
// when no transport is named.
const TRANSPORTS = /^--(stdio|node-ipc|socket(=|$)|pipe(=|$))/;

if (!process.argv.slice(2).some((a) => TRANSPORTS.test(a))) process.argv.push('--stdio');

// A require, not an import: imports are hoisted above the line that adds
// --stdio, and the server reads its transport as it loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../../server/src/node/main');
