import { commands, l10n, window, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type BaseLanguageClient } from 'vscode-languageclient';
import { CrashTracker, decideOnConnectionError, type CrashDecision } from './server-health-policy';

export const RESTART_COMMAND = 'handoff.restartServer';
const RESTART_BUTTON = 'Restart Language Server';

/**
 * The client's error handler: a crashed server is restarted with one line in
 * the output channel; a crash loop ends with one notification and a button
 * (and the command "Handoff: Restart Language Server") to start it again.
 * Created before the client, since the handler goes into its options.
 */
export class ServerHealth {
  private readonly tracker = new CrashTracker();
  private client: BaseLanguageClient | undefined;
  private notified = false;

  readonly errorHandler: ErrorHandler = {
    // Read/write errors on the connection: a dead server's are left to `closed`; others, a few are survivable.
    error: (error, _message, count) => {
      if (decideOnConnectionError(error, count) === 'continue') return { action: ErrorAction.Continue };
      const log = 'The connection to the Handoff language server keeps failing, so it was stopped. Run "Handoff: Restart Language Server" to start it.';
      this.notifyOnce(l10n.t('The connection to the Handoff language server keeps failing and it has been stopped: checks, completion and hover are off until it is restarted.'));
      return { action: ErrorAction.Shutdown, message: log, handled: true };
    },
    closed: () => this.onCrash(this.tracker.crashed(Date.now())),
  };

  attach(client: BaseLanguageClient): void {
    this.client = client;
  }

  /** A restart by hand: a fresh crash budget, and the next crash loop may notify again. */
  async restart(): Promise<void> {
    this.tracker.reset();
    this.notified = false;
    const client = this.client;
    if (!client) return;
    try {
      // After a crash loop the client is stopped, or failed to start when the
      // last crash came during start-up; stopping it then would refuse
      // ("Client is not running and can't be stopped"), so it is only started.
      // (The browser client has no restart(); the Node client's is this same
      // stop and start, plus a pause only a server under a debugger needs.)
      if (client.isRunning()) await client.stop();
      await client.start();
    } catch (err) {
      void window.showErrorMessage(l10n.t('The Handoff language server could not be restarted: {0}', err instanceof Error ? err.message : String(err)));
    }
  }

  private onCrash(decision: CrashDecision) {
    // `handled: true`: the client writes the message to the output channel and shows no pop-up of its own.
    if (decision.action === 'restart') return { action: CloseAction.Restart, message: decision.log, handled: true };
    this.notifyOnce(decision.notify);
    return { action: CloseAction.DoNotRestart, message: decision.log, handled: true };
  }

  private notifyOnce(message: string): void {
    if (this.notified) return;
    this.notified = true;
    void window.showErrorMessage(message, RESTART_BUTTON).then((choice) => {
      if (choice === RESTART_BUTTON) void commands.executeCommand(RESTART_COMMAND);
    });
  }
}

/** Registers "Handoff: Restart Language Server" and hands the client to the error handler. */
export function registerServerHealth(context: ExtensionContext, client: BaseLanguageClient, health: ServerHealth): void {
  health.attach(client);
  context.subscriptions.push(commands.registerCommand(RESTART_COMMAND, () => health.restart()));
}
