// Which Python runs the server: the candidates in order, and a probe of each.
// No vscode import: unit-tested with plain node and real interpreters.

import { execFile } from "node:child_process";

export const MIN_VERSION: readonly [number, number] = [3, 10];

export type Source = "dashLsp.interpreter" | "the Python extension" | "the PATH";

export interface Candidate {
  command: string[]; // the interpreter and any arguments it needs before ours
  source: Source;
}

export interface Found {
  ok: true;
  candidate: Candidate;
  version: [number, number, number];
  executable: string;
}

export interface Rejected {
  ok: false;
  candidate: Candidate;
  reason: string;
}

export type Probed = Found | Rejected;

export type Choice = { ok: true; found: Found } | { ok: false; message: string; rejected: Rejected[] };

/** Runs a command; resolves with stdout, rejects with Node's error (code ENOENT, EACCES, exit status...). */
export type Runner = (file: string, args: string[]) => Promise<string>;

// -I: the user's PYTHONPATH, user site and current folder cannot break or fake the probe.
export const PROBE_CODE =
  'import json, sys; print(json.dumps({"version": list(sys.version_info[:3]), "executable": sys.executable}))';

export function pathDefault(platform: NodeJS.Platform = process.platform): string[] {
  return platform === "win32" ? ["python"] : ["python3"];
}

/**
 * The interpreters to try, in order. A dashLsp.interpreter setting is the user's explicit
 * choice: when it does not work that is reported, never silently replaced.
 */
export function candidates(setting: string[], pythonExtension: string[] | undefined,
                           platform: NodeJS.Platform = process.platform): Candidate[] {
  if (setting.length > 0) return [{ command: setting, source: "dashLsp.interpreter" }];
  const found: Candidate[] = [];
  if (pythonExtension && pythonExtension.length > 0) {
    found.push({ command: pythonExtension, source: "the Python extension" });
  }
  found.push({ command: pathDefault(platform), source: "the PATH" });
  return found;
}

export function parseProbe(stdout: string): { version: [number, number, number]; executable: string } | undefined {
  const line = stdout.trim().split(/\r?\n/).pop() ?? "";
  try {
    const data = JSON.parse(line);
    const version = data.version;
    if (!Array.isArray(version) || version.length < 2 || !version.every((part) => Number.isInteger(part))) {
      return undefined;
    }
    return { version: [version[0], version[1], version[2] ?? 0], executable: String(data.executable ?? "") };
  } catch {
    return undefined;
  }
}

export function isSupported(version: readonly number[]): boolean {
  const [major, minor] = version;
  return major > MIN_VERSION[0] || (major === MIN_VERSION[0] && minor >= MIN_VERSION[1]);
}

export function formatVersion(version: readonly number[]): string {
  return version.join(".");
}

function describeError(error: unknown): string {
  const e = error as { code?: unknown; killed?: boolean; signal?: unknown; stderr?: unknown; message?: unknown };
  if (e?.code === "ENOENT") return "was not found";
  if (e?.code === "EACCES") return "is not executable";
  if (e?.killed || e?.signal === "SIGTERM") return "did not answer in time";
  const stderr = typeof e?.stderr === "string" ? e.stderr.trim().split(/\r?\n/).pop() : "";
  if (typeof e?.code === "number") return `failed (exit status ${e.code}${stderr ? `: ${stderr}` : ""})`;
  return `failed (${stderr || String(e?.message ?? error)})`;
}

export async function probe(candidate: Candidate, run: Runner): Promise<Probed> {
  const [file, ...args] = candidate.command;
  let stdout: string;
  try {
    stdout = await run(file, [...args, "-I", "-c", PROBE_CODE]);
  } catch (error) {
    return { ok: false, candidate, reason: describeError(error) };
  }
  const info = parseProbe(stdout);
  if (info === undefined) return { ok: false, candidate, reason: "is not a Python interpreter (no version)" };
  if (!isSupported(info.version)) {
    return {
      ok: false,
      candidate,
      reason: `is Python ${formatVersion(info.version)}; dash-lsp needs ${formatVersion(MIN_VERSION)} or newer`,
    };
  }
  return { ok: true, candidate, version: info.version, executable: info.executable };
}

export function describe(candidate: Candidate): string {
  const command = candidate.command.join(" ");
  return candidate.source === "the PATH" ? `${command} on the PATH` : `${command} (from ${candidate.source})`;
}

/** The sentence the user sees when no candidate works: what failed, and what to do. */
export function failureMessage(rejected: Rejected[]): string {
  const wanted = `Python ${formatVersion(MIN_VERSION)} or newer`;
  if (rejected.length === 1 && rejected[0].candidate.source === "dashLsp.interpreter") {
    const only = rejected[0];
    return `Dash LSP cannot start: the interpreter in the dashLsp.interpreter setting (${only.candidate.command.join(" ")}) `
      + `${only.reason}. Point the setting at ${wanted}, or clear it to use the Python extension's interpreter or python3.`;
  }
  const tried = rejected.map((r) => `${describe(r.candidate)} ${r.reason}`).join("; ");
  return `Dash LSP cannot start: no usable Python found (${tried}). Install ${wanted}, select it in the Python `
    + "extension, or set dashLsp.interpreter.";
}

export async function choose(list: Candidate[], run: Runner, log: (line: string) => void): Promise<Choice> {
  const rejected: Rejected[] = [];
  for (const candidate of list) {
    const result = await probe(candidate, run);
    if (result.ok) {
      log(`Python ${formatVersion(result.version)} at ${result.executable} (${describe(candidate)})`);
      return { ok: true, found: result };
    }
    log(`${describe(candidate)} ${result.reason}`);
    rejected.push(result);
  }
  return { ok: false, message: failureMessage(rejected), rejected };
}

export function execRunner(timeoutMs = 20_000, env: NodeJS.ProcessEnv = process.env): Runner {
  return (file, args) => new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, env, windowsHide: true, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) {
        reject(Object.assign(error, { stderr }));
      } else {
        resolve(stdout);
      }
    });
  });
}
