// The language client: find Python, start `python -m dash_lsp serve`, restart it when
// asked or when it crashes (a bounded number of times), and say once, clearly, why it
// cannot run. One client serves every workspace folder: the server keeps a project per
// folder (workspace/didChangeWorkspaceFolders) and pulls settings per folder.
import * as fs from "node:fs";
import * as vscode from "vscode";
import {
  CloseAction, CloseHandlerResult, ConfigurationParams, ErrorAction, ErrorHandlerResult, LanguageClient,
  LanguageClientOptions, ResponseError, RevealOutputChannelOn, ServerOptions, State,
} from "vscode-languageclient/node";

import { candidates, choose, execRunner, Found } from "./interpreter";
import { bundledLibs, HAS_OWN_SERVER_CODE, serverLaunch, useBundled } from "./launch";
import * as log from "./log";
import { selectedInterpreter } from "./python";
import { CrashPolicy, Serial } from "./restartPolicy";
import { importStrategy, interpreterSetting, SECTION, toWire } from "./settings";

export const CLIENT_ID = "dashLsp";
const CLIENT_NAME = "Dash LSP";
const STOP_TIMEOUT_MS = 5000;

/** A LanguageClient whose failures go to the log only: the one notification is ours to show. */
class DashClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | "force"): void {
    super.error(message, data, false);
  }

  // On a restart the library passes a flag where the data goes, which logged a bare "false".
  override info(message: string, data?: unknown, showNotification?: boolean | "force"): void {
    super.info(message, typeof data === "boolean" ? undefined : data, showNotification);
  }
}

export class DashServer implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private readonly crashes = new CrashPolicy();
  private readonly serial = new Serial();
  private failureShown = false;
  private disposed = false;

  constructor(private readonly context: vscode.ExtensionContext, private readonly channel: vscode.LogOutputChannel) {}

  /** The running client, if any (for commands that ask the server). */
  get client(): LanguageClient | undefined {
    return this.current?.isRunning() ? this.current : undefined;
  }

  /** Stop the server if it runs and start it again (also the first start). */
  restart(reason: string): Promise<void> {
    return this.serial.run(async () => {
      if (this.disposed) return;
      // A new attempt: its failure deserves its own notification, and crashes count afresh.
      this.failureShown = false;
      this.crashes.reset();
      await this.stopClient();
      await this.startClient(reason);
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.serial.run(() => this.stopClient());
  }

  private async stopClient(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    if (client === undefined) return;
    try {
      if (client.needsStop()) await client.stop(STOP_TIMEOUT_MS);
    } catch (error) {
      log.warn(`stopping the server: ${error}`);
    }
    try {
      await client.dispose(STOP_TIMEOUT_MS);
    } catch {
      // Already stopped: nothing left to release.
    }
  }

  private fail(message: string): void {
    log.error(message);
    if (this.failureShown) return;
    this.failureShown = true;
    void vscode.window.showErrorMessage(message, "Show logs").then((choice) => {
      if (choice === "Show logs") log.show();
    });
  }

  private async findPython(folder: vscode.WorkspaceFolder | undefined): Promise<Found | undefined> {
    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    const setting = interpreterSetting(config.get("interpreter"));
    const fromPython = setting.length > 0 ? undefined : await selectedInterpreter(folder?.uri);
    const choice = await choose(candidates(setting, fromPython), execRunner(), log.info);
    if (!choice.ok) {
      this.fail(choice.message);
      return undefined;
    }
    return choice.found;
  }

  private async environmentHasServer(python: Found): Promise<boolean> {
    const [file, ...args] = python.candidate.command;
    try {
      await execRunner()(file, [...args, "-c", HAS_OWN_SERVER_CODE]);
      return true;
    } catch {
      return false;
    }
  }

  private async startClient(reason: string): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // One server for every folder; the first folder's interpreter settings choose its Python.
    const folder = folders[0];
    log.info(`starting the server (${reason}); workspace folders: ${folders.map((f) => f.uri.fsPath).join(", ") || "none"}`);
    const python = await this.findPython(folder);
    if (python === undefined) return;

    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    const strategy = importStrategy(config.get("importStrategy"), vscode.workspace.isTrusted);
    const bundled = useBundled(strategy, strategy === "fromEnvironment" && await this.environmentHasServer(python));
    if (strategy === "fromEnvironment") {
      log.info(bundled ? "the environment has no dash-lsp server: using the bundled one" : "using the environment's dash-lsp");
    }
    const libs = bundledLibs(this.context.extensionPath);
    if (bundled && !fs.existsSync(libs)) {
      this.fail(`Dash LSP cannot start: the extension's bundled server is missing (${libs}). Reinstall the extension.`);
      return;
    }
    const launch = serverLaunch(python.candidate.command, {
      libs: bundled ? libs : undefined,
      env: process.env,
      cwd: this.context.extensionPath, // `-m` puts the working folder first on sys.path: not the user's project
    });
    log.info(`server: ${launch.command} ${launch.args.join(" ")}${bundled ? ` with ${libs} on PYTHONPATH` : ""}`);

    const serverOptions: ServerOptions = {
      command: launch.command,
      args: launch.args,
      options: { cwd: launch.cwd, env: launch.env },
    };
    let reachedRunning = false;
    const options = this.clientOptions(folder);
    options.errorHandler = {
      error: (_error, _message, count): ErrorHandlerResult => ({
        action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        handled: true,
      }),
      closed: (): CloseHandlerResult => this.closed(client, reachedRunning),
    };
    const client = new DashClient(CLIENT_ID, CLIENT_NAME, serverOptions, options);
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) reachedRunning = true;
    });
    this.current = client;
    try {
      await client.start();
    } catch (error) {
      log.error(`starting the server: ${describe(error)}`);
    }
    // start() does not always reject when the server dies during start-up: ask the client.
    if (client.isRunning()) {
      log.info("server running");
    } else if (this.current === client) {
      // Kept as current so that the next restart disposes of it.
      this.fail("Dash LSP cannot start: the server stopped during start-up. Its output is in the Dash LSP log.");
    }
  }

  private closed(client: LanguageClient, reachedRunning: boolean): CloseHandlerResult {
    if (client !== this.current || this.disposed) return { action: CloseAction.DoNotRestart, handled: true };
    // A server that never came up is reported by start(); restarting it would only repeat the failure.
    if (!reachedRunning) return { action: CloseAction.DoNotRestart, handled: true };
    if (this.crashes.onCrash()) {
      log.warn(`the server stopped unexpectedly; restarting it (${this.crashes.recentCrashes} of ${this.crashes.maxRestarts})`);
      return { action: CloseAction.Restart, handled: true };
    }
    const minutes = Math.round(this.crashes.windowMs / 60_000);
    this.fail(`Dash LSP stopped: the server crashed ${this.crashes.recentCrashes} times in ${minutes} minutes and `
      + "is not restarted again. Its output is in the Dash LSP log; run \"Dash LSP: Restart Server\" to try again.");
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private clientOptions(folder: vscode.WorkspaceFolder | undefined): LanguageClientOptions {
    const raw = vscode.workspace.getConfiguration(undefined, folder?.uri).get(SECTION);
    return {
      documentSelector: [{ scheme: "file", language: "python" }],
      outputChannel: this.channel,
      traceOutputChannel: this.channel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { [SECTION]: toWire(raw) },
      diagnosticCollectionName: "dash-lsp",
      // Logged, and reported once by startClient(); the library would also pop up the raw error.
      initializationFailedHandler: (error) => {
        log.error(`the server failed to initialize: ${describe(error)}`);
        return false;
      },
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        workspace: {
          // The server pulls the "dashLsp" section per folder; answer in its shape.
          configuration: async (params: ConfigurationParams, token, next) => {
            const answer = await next(params, token);
            if (answer instanceof ResponseError || !Array.isArray(answer)) return answer;
            return answer.map((value, index) => (params.items[index]?.section === SECTION ? toWire(value) : value));
          },
          // Send no settings with the notification: the server then pulls them, per folder, through the above.
          didChangeConfiguration: (_sections, next) => next(undefined),
        },
      },
    };
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0];
}
