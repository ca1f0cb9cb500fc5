// Activation: the channel, the server, the commands, and what makes the server restart.
import * as vscode from "vscode";

import { COMMAND as EXPLAIN, explainRule, Explanations } from "./explain";
import * as log from "./log";
import { onInterpreterChange } from "./python";
import { Debouncer } from "./restartPolicy";
import { DashServer } from "./server";
import { knownRules, RESTART_KEYS } from "./settings";

let server: DashServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const channel = log.createChannel();
  context.subscriptions.push(channel);
  log.info(`Dash LSP ${context.extension.packageJSON.version} in ${vscode.env.appName} ${vscode.version}`);
  const dash = new DashServer(context, channel);
  server = dash;
  const debounced = new Debouncer();
  const explanations = new Explanations();
  const restartSoon = (reason: string) => debounced.trigger(() => void dash.restart(reason));
  context.subscriptions.push(
    { dispose: () => debounced.cancel() },
    explanations.register(),
    vscode.commands.registerCommand("dashLsp.restart", () => dash.restart("asked for")),
    vscode.commands.registerCommand("dashLsp.showLogs", () => log.show()),
    vscode.commands.registerCommand(EXPLAIN, (code?: unknown) =>
      explainRule(dash.client, knownRules(context.extension.packageJSON), explanations, code)),
    // Other dashLsp settings reach the running server as workspace/didChangeConfiguration.
    vscode.workspace.onDidChangeConfiguration((event) => {
      const changed = RESTART_KEYS.filter((key) => event.affectsConfiguration(key));
      if (changed.length > 0) restartSoon(`${changed.join(", ")} changed`);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartSoon("the workspace is trusted now")),
  );
  void onInterpreterChange(() => {
    const setting = vscode.workspace.getConfiguration("dashLsp").get<string[]>("interpreter") ?? [];
    if (setting.length === 0) restartSoon("the Python extension's interpreter changed");
  }).then((disposable) => disposable && context.subscriptions.push(disposable));
  void dash.restart("activation");
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
