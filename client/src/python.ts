// The interpreter selected in the Python extension (ms-python), when it is installed.
// Optional by design: offline VS Code for the web has no Python extension, and then the
// other candidates are used. Every call is guarded; nothing here may stop activation.
import * as vscode from "vscode";
import { PythonExtension } from "@vscode/python-extension";

import * as log from "./log";

const API_TIMEOUT_MS = 15_000;
let api: Promise<PythonExtension | undefined> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

function pythonApi(): Promise<PythonExtension | undefined> {
  if (vscode.extensions.getExtension("ms-python.python") === undefined) return Promise.resolve(undefined);
  api ??= withTimeout(PythonExtension.api(), API_TIMEOUT_MS).catch((error) => {
    log.warn(`the Python extension's API is not available: ${error}`);
    return undefined;
  });
  return api;
}

/** The selected interpreter for `resource` as a command, or undefined. */
export async function selectedInterpreter(resource: vscode.Uri | undefined): Promise<string[] | undefined> {
  try {
    const python = await pythonApi();
    if (python === undefined) return undefined;
    const active = python.environments.getActiveEnvironmentPath(resource);
    const resolved = await python.environments.resolveEnvironment(active);
    const executable = resolved?.executable.uri?.fsPath;
    if (executable === undefined) {
      log.info(`the Python extension's environment ${active.path} has no interpreter`);
      return undefined;
    }
    return [executable];
  } catch (error) {
    log.warn(`asking the Python extension for its interpreter failed: ${error}`);
    return undefined;
  }
}

/** Calls `listener` when the user selects another interpreter in the Python extension. */
export async function onInterpreterChange(listener: () => void): Promise<vscode.Disposable | undefined> {
  try {
    const python = await pythonApi();
    return python?.environments.onDidChangeActiveEnvironmentPath(() => listener());
  } catch (error) {
    log.warn(`cannot follow the Python extension's interpreter: ${error}`);
    return undefined;
  }
}
