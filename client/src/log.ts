// The one output channel, "Dash LSP": our own lines, the server's stderr and the protocol trace.
// Echoed to the console under CI, where nobody can open the channel.
import * as vscode from "vscode";

export const CHANNEL_NAME = "Dash LSP";

let channel: vscode.LogOutputChannel | undefined;
const echo = process.env.CI === "true";

export function createChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(CHANNEL_NAME, { log: true });
  return channel;
}

function write(level: "info" | "warn" | "error", message: string): void {
  channel?.[level](message);
  if (echo) console[level](`[${CHANNEL_NAME}] ${message}`);
}

export const info = (message: string): void => write("info", message);
export const warn = (message: string): void => write("warn", message);
export const error = (message: string): void => write("error", message);

export function show(): void {
  channel?.show(true);
}
