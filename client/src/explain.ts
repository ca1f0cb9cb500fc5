// "Dash LSP: Explain the Rule Under the Cursor": the server's explanation of the finding at
// the cursor (or of a rule picked from the list), shown read-only as Markdown beside the code.
import * as vscode from "vscode";
import { ExecuteCommandRequest, LanguageClient } from "vscode-languageclient/node";

import * as log from "./log";

export const COMMAND = "dashLsp.explainRule";
// The server's command has its own name: vscode-languageclient registers server commands as
// editor commands, and one name for both would clash.
export const SERVER_COMMAND = "dash-lsp.explainRule";
const SOURCE = "dash-lsp";
const SCHEME = "dash-lsp-rule";

/** Explanations as read-only documents (dash-lsp-rule:DASH001.md): nothing to save on close. */
export class Explanations implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  register(): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? "";
  }

  async show(code: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `${code}.md` });
    this.texts.set(uri.path, markdown);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

function codesAtCursor(editor: vscode.TextEditor): string[] {
  const position = editor.selection.active;
  const codes = vscode.languages.getDiagnostics(editor.document.uri)
    .filter((d) => d.source === SOURCE && d.range.contains(position))
    .map((d) => (typeof d.code === "object" ? String(d.code.value) : String(d.code ?? "")))
    .filter((code) => code.length > 0);
  return [...new Set(codes)];
}

async function pickCode(editor: vscode.TextEditor | undefined, known: string[]): Promise<string | undefined> {
  const here = editor ? codesAtCursor(editor) : [];
  if (here.length === 1) return here[0];
  return vscode.window.showQuickPick(here.length > 0 ? here : known, { placeHolder: "Which Dash LSP rule?" });
}

export async function explainRule(client: LanguageClient | undefined, known: string[], explanations: Explanations,
                                  code?: unknown): Promise<void> {
  const chosen = typeof code === "string" && code ? code : await pickCode(vscode.window.activeTextEditor, known);
  if (!chosen) return;
  if (client === undefined) {
    void vscode.window.showWarningMessage("The Dash LSP server is not running; see \"Dash LSP: Show Logs\".");
    return;
  }
  try {
    const markdown = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMAND, arguments: [chosen] });
    await explanations.show(chosen, String(markdown ?? ""));
  } catch (error) {
    log.error(`explaining ${chosen}: ${error}`);
    void vscode.window.showWarningMessage(`Dash LSP cannot explain ${chosen}: ${error instanceof Error ? error.message : error}`);
  }
}
