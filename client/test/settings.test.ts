import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { DEFAULTS, importStrategy, interpreterSetting, knownRules, MAX_DEBOUNCE_MS, toWire } from "../src/settings";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

/** What VS Code's getConfiguration().get("dashLsp") returns: the manifest defaults, nested at the dots. */
function nestedDefaults(): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(properties)) {
    const parts = key.split(".").slice(1);
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = spec.default;
  }
  return root;
}

test("the manifest's defaults translate to the server's defaults", () => {
  assert.deepEqual(toWire(nestedDefaults()), DEFAULTS);
});

test("nothing or garbage is the defaults", () => {
  assert.deepEqual(toWire(undefined), DEFAULTS);
  assert.deepEqual(toWire("yes"), DEFAULTS);
  assert.deepEqual(toWire({ enable: "no", diagnostics: 5, rules: [1], logLevel: "loud" }), DEFAULTS);
});

test("per-rule severities become one severity map; default is no entry", () => {
  const raw = nestedDefaults();
  const rules = raw.rules as Record<string, { severity: string }>;
  rules.DASH001.severity = "warning";
  rules.DASH004.severity = "off";
  rules.DASH003.severity = "default";
  rules.dash006 = { severity: "Hint" };
  rules.DASH002 = { severity: "loud" };
  assert.deepEqual(toWire(raw).rules.severity, { DASH001: "warning", DASH004: "off", DASH006: "hint" });
});

test("select and ignore: upper case, trimmed, unique; an empty select means every rule", () => {
  const wire = toWire({ rules: { select: [" dash001", "DASH001", "DASH00"], ignore: "dash004" } });
  assert.deepEqual(wire.rules.select, ["DASH001", "DASH00"]);
  assert.deepEqual(wire.rules.ignore, ["DASH004"]);
  assert.equal(toWire({ rules: { select: [] } }).rules.select, null);
  assert.equal(toWire({ rules: { select: ["  "] } }).rules.select, null);
});

test("debounce is a whole number of milliseconds within the server's bounds", () => {
  assert.equal(toWire({ diagnostics: { debounceMs: 25.4 } }).diagnostics.debounceMs, 25);
  assert.equal(toWire({ diagnostics: { debounceMs: -3 } }).diagnostics.debounceMs, 0);
  assert.equal(toWire({ diagnostics: { debounceMs: 1e9 } }).diagnostics.debounceMs, MAX_DEBOUNCE_MS);
  assert.equal(toWire({ diagnostics: { debounceMs: "40" } }).diagnostics.debounceMs, 40);
  assert.equal(toWire({ diagnostics: { debounceMs: "soon" } }).diagnostics.debounceMs, 0);
});

test("enable and log level pass through", () => {
  const wire = toWire({ enable: false, logLevel: "DEBUG" });
  assert.equal(wire.enable, false);
  assert.equal(wire.logLevel, "debug");
});

test("client-only settings never reach the server", () => {
  const wire = toWire({ interpreter: ["/x"], importStrategy: "fromEnvironment", trace: { server: "verbose" } });
  assert.deepEqual(Object.keys(wire).sort(), ["diagnostics", "enable", "logLevel", "rules"]);
});

test("an untrusted workspace always runs the bundled server", () => {
  assert.equal(importStrategy("fromEnvironment", true), "fromEnvironment");
  assert.equal(importStrategy("fromEnvironment", false), "useBundled");
  assert.equal(importStrategy("nonsense", true), "useBundled");
  assert.equal(importStrategy(undefined, true), "useBundled");
});

test("the interpreter setting is a command line", () => {
  assert.deepEqual(interpreterSetting(["/opt/py/bin/python", "-X", "utf8"]), ["/opt/py/bin/python", "-X", "utf8"]);
  assert.deepEqual(interpreterSetting(" /usr/bin/python3 "), ["/usr/bin/python3"]);
  assert.deepEqual(interpreterSetting(""), []);
  assert.deepEqual(interpreterSetting(undefined), []);
  assert.deepEqual(interpreterSetting(["", "/usr/bin/python3"]), ["/usr/bin/python3"]);
});

test("the rules the manifest knows, from its severity settings", () => {
  assert.deepEqual(knownRules(manifest), ["DASH001", "DASH002", "DASH003", "DASH004", "DASH005", "DASH006", "DASH007", "DASH008", "DASH009", "DASH010", "DASH011", "DASH012", "DASH013", "DASH014", "DASH015", "DASH016", "DASH017", "DASH018", "DASH019", "DASH020"]);
  assert.deepEqual(knownRules({}), []);
});
