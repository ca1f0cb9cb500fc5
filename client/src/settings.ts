// The "dashLsp" settings as VS Code holds them, translated to the shape the server reads
// (server/dash_lsp/lsp/settings.py). No vscode import: unit-tested with plain node.

export const SECTION = "dashLsp";

export type Severity = "error" | "warning" | "information" | "hint" | "off";
const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "information", "hint", "off"]);
const RULE_CODE = /^[A-Z]+[0-9]+$/;
const LOG_LEVELS: ReadonlySet<string> = new Set(["error", "warning", "info", "debug"]);
export const MAX_DEBOUNCE_MS = 2000;

export interface WireSettings {
  enable: boolean;
  diagnostics: { debounceMs: number };
  rules: {
    // null: every rule. Always sent, so clearing a setting clears it on the server too.
    select: string[] | null;
    ignore: string[];
    severity: Record<string, Severity>;
  };
  logLevel: string;
}

export const DEFAULTS: WireSettings = {
  enable: true,
  diagnostics: { debounceMs: 0 },
  rules: { select: null, ignore: [], severity: {} },
  logLevel: "info",
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function codes(value: unknown): string[] {
  if (typeof value === "string") value = [value];
  if (!Array.isArray(value)) return [];
  const found = value.map((item) => String(item).trim().toUpperCase()).filter((code) => code.length > 0);
  return [...new Set(found)];
}

function debounce(value: unknown): number {
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) return DEFAULTS.diagnostics.debounceMs;
  return Math.min(Math.max(Math.round(number), 0), MAX_DEBOUNCE_MS);
}

/** Per-rule severities from the flattened `dashLsp.rules.<CODE>.severity` settings; "default" is no override. */
function severities(rules: Record<string, unknown>): Record<string, Severity> {
  const result: Record<string, Severity> = {};
  for (const [key, value] of Object.entries(rules)) {
    const code = key.toUpperCase();
    if (!RULE_CODE.test(code) || !isObject(value)) continue;
    const level = String(value.severity ?? "default").trim().toLowerCase();
    if (SEVERITIES.has(level)) result[code] = level as Severity;
  }
  return result;
}

/**
 * The server's settings from the raw "dashLsp" object (what
 * `workspace.getConfiguration().get("dashLsp")` returns, nested by the dots of the keys).
 * Client-only keys (interpreter, importStrategy, trace) are left out.
 */
export function toWire(raw: unknown): WireSettings {
  const settings = isObject(raw) ? raw : {};
  const rules = isObject(settings.rules) ? settings.rules : {};
  const diagnostics = isObject(settings.diagnostics) ? settings.diagnostics : {};
  const select = codes(rules.select);
  const logLevel = typeof settings.logLevel === "string" ? settings.logLevel.toLowerCase() : "";
  return {
    enable: typeof settings.enable === "boolean" ? settings.enable : DEFAULTS.enable,
    diagnostics: { debounceMs: "debounceMs" in diagnostics ? debounce(diagnostics.debounceMs) : DEFAULTS.diagnostics.debounceMs },
    rules: {
      select: select.length > 0 ? select : null,
      ignore: codes(rules.ignore),
      severity: severities(rules),
    },
    logLevel: LOG_LEVELS.has(logLevel) ? logLevel : DEFAULTS.logLevel,
  };
}

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_KEYS = ["dashLsp.interpreter", "dashLsp.importStrategy"] as const;

export type ImportStrategy = "useBundled" | "fromEnvironment";

export function importStrategy(value: unknown, trusted: boolean): ImportStrategy {
  // An untrusted workspace must not choose what code the server runs.
  if (!trusted) return "useBundled";
  return value === "fromEnvironment" ? "fromEnvironment" : "useBundled";
}

/** dashLsp.interpreter as a command line: a list of strings, or one string for the lenient. */
export function interpreterSetting(value: unknown): string[] {
  if (typeof value === "string") value = value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.map((part) => String(part)).filter((part) => part.length > 0);
}

const SEVERITY_KEY = /^dashLsp\.rules\.([A-Z]+[0-9]+)\.severity$/;

/** Rule codes the extension knows, from its own manifest (one severity setting per rule). */
export function knownRules(packageJSON: { contributes?: { configuration?: { properties?: object } } }): string[] {
  const keys = Object.keys(packageJSON.contributes?.configuration?.properties ?? {});
  return keys.map((key) => SEVERITY_KEY.exec(key)?.[1]).filter((code): code is string => code !== undefined);
}
