// How the server process is started: `<python> -m dash_lsp serve`, with the bundled
// libraries first on PYTHONPATH unless the environment's own copy is asked for.
// No vscode import: unit-tested with plain node.

import * as path from "node:path";

import type { ImportStrategy } from "./settings";

export const SERVER_ARGS = ["-m", "dash_lsp", "serve"] as const;

// Run with the interpreter to see whether its environment has a working server of its own.
export const HAS_OWN_SERVER_CODE = "import dash_lsp.lsp.server, pygls, lsprotocol, jedi";

export interface Launch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  bundled: boolean;
}

export function bundledLibs(extensionPath: string): string {
  return path.join(extensionPath, "bundled", "libs");
}

/**
 * Whether to put the bundled copy on PYTHONPATH: always for useBundled; for fromEnvironment only
 * when the environment has no server of its own (so the extension still works).
 */
export function useBundled(strategy: ImportStrategy, environmentHasServer: boolean): boolean {
  return strategy === "useBundled" || !environmentHasServer;
}

export function serverLaunch(interpreter: string[], options: {
  libs: string | undefined; // the bundled libraries, or undefined for the environment's own
  env: NodeJS.ProcessEnv;
  cwd: string;
  delimiter?: string;
}): Launch {
  const [command, ...prefix] = interpreter;
  const env: NodeJS.ProcessEnv = { ...options.env };
  if (options.libs !== undefined) {
    const delimiter = options.delimiter ?? path.delimiter;
    env.PYTHONPATH = env.PYTHONPATH ? `${options.libs}${delimiter}${env.PYTHONPATH}` : options.libs;
  }
  // The protocol runs over stdout: no buffering between a message and the client.
  env.PYTHONUNBUFFERED = "1";
  return { command, args: [...prefix, ...SERVER_ARGS], env, cwd: options.cwd, bundled: options.libs !== undefined };
}
