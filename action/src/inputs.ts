// The Action's inputs, as the runner passes them: INPUT_<NAME> with the name
// upper-cased and spaces as underscores (hyphens stay).

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  failOn: FailOn;
  sarifFile?: string;
  comment: boolean;
  token?: string;
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const input = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  const paths = input('paths').split(/\s+/).filter(Boolean);
  const failOn = input('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new Error(`fail-on must be error, warning or never, not "${failOn}".`);
  }
  const comment = input('comment') || 'true';
  if (comment !== 'true' && comment !== 'false') throw new Error(`comment must be true or false, not "${comment}".`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    failOn,
    sarifFile: input('sarif-file') || undefined,
    comment: comment === 'true',
    token: input('github-token') || undefined,
  };
}
