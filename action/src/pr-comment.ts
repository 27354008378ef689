// The change-impact comment on a pull request: one comment, found again by
// a hidden marker and edited on every push, so the thread does not fill up.

export const MARKER = '<!-- handoff-packet:change-impact -->';

export interface Repo {
  api: string;
  owner: string;
  name: string;
  token: string;
}

interface Comment {
  id: number;
  body?: string;
}

async function call(repo: Repo, method: string, url: string, body?: unknown): Promise<Response> {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${repo.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'handoff-packet-action',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${new URL(url).pathname} answered ${res.status} ${res.statusText}: ${(await res.text()).slice(0, 300)}`);
  return res;
}

async function findComment(repo: Repo, issue: number): Promise<Comment | undefined> {
  let url: string | undefined = `${repo.api}/repos/${repo.owner}/${repo.name}/issues/${issue}/comments?per_page=100`;
  while (url) {
    const res = await call(repo, 'GET', url);
    const page = (await res.json()) as Comment[];
    const mine = page.find((c) => typeof c.body === 'string' && c.body.includes(MARKER));
    if (mine) return mine;
    url = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
  }
  return undefined;
}

/**
 * Writes `markdown` as the pull request's change-impact comment: edits the
 * one there, or adds it. With nothing to say and no comment yet, adds none.
 */
export async function upsertComment(repo: Repo, issue: number, markdown: string, hasChanges: boolean): Promise<'created' | 'updated' | 'skipped'> {
  const existing = await findComment(repo, issue);
  const body = `${MARKER}\n${markdown}`;
  if (existing) {
    await call(repo, 'PATCH', `${repo.api}/repos/${repo.owner}/${repo.name}/issues/comments/${existing.id}`, { body });
    return 'updated';
  }
  if (!hasChanges) return 'skipped';
  await call(repo, 'POST', `${repo.api}/repos/${repo.owner}/${repo.name}/issues/${issue}/comments`, { body });
  return 'created';
}
