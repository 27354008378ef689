import type { Connection } from 'vscode-languageserver';

/**
 * Wraps a request handler so a bug on one document answers `fallback` and
 * logs, instead of failing the request or taking the server down.
 */
export function guard<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (err) {
      connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}
