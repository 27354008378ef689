// `handoff check` as a VS Code task: the command line bundled with the
// extension, run by the editor's own runtime, its problems read into the
// Problems view by the `$handoff` problem matcher (package.json), which
// matches the CLI's text lines `path:line:col severity rule message`.

import { ProcessExecution, Task, TaskGroup, TaskScope, tasks, workspace, type ExtensionContext, type TaskDefinition } from 'vscode';

export const TASK_TYPE = 'handoff';
export const PROBLEM_MATCHER = '$handoff';

interface CheckTaskDefinition extends TaskDefinition {
  type: typeof TASK_TYPE;
  /** Files, folders or globs as `handoff check` takes them; none means the workspace folder. */
  paths?: string[];
}

function checkTask(cliPath: string, definition: CheckTaskDefinition, scope: Task['scope']): Task {
  const args = [cliPath, 'check', ...(definition.paths ?? [])];
  // The extension host's runtime runs the bundled CLI: in desktop VS Code it
  // is Electron, which behaves as Node with ELECTRON_RUN_AS_NODE set.
  const execution = new ProcessExecution(process.execPath, args, { env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' } });
  const task = new Task(definition, scope ?? TaskScope.Workspace, 'check', 'handoff', execution, PROBLEM_MATCHER);
  task.group = TaskGroup.Test;
  task.detail = `handoff check ${(definition.paths ?? []).join(' ')}`.trim();
  return task;
}

export function registerCheckTask(context: ExtensionContext): void {
  const cliPath = context.asAbsolutePath('dist/cli.js');
  context.subscriptions.push(
    tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (workspace.workspaceFolders ?? []).map((f) => checkTask(cliPath, { type: TASK_TYPE }, f)),
      resolveTask: (task) => {
        const definition = task.definition as CheckTaskDefinition;
        if (definition.type !== TASK_TYPE) return undefined;
        return checkTask(cliPath, definition, task.scope);
      },
    }),
  );
}

