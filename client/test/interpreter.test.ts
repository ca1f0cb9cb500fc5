import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import {
  Candidate, candidates, choose, execRunner, failureMessage, isSupported, parseProbe, probe, Runner,
} from "../src/interpreter";

const run = execRunner();
const missing = "/nonexistent/dash-lsp/bin/python3";

/** A Python older than 3.10 on this machine (pyenv keeps several), if there is one. */
function oldPython(): string | undefined {
  const root = join(process.env.PYENV_ROOT ?? join(process.env.HOME ?? "/root", ".pyenv"), "versions");
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).filter((v) => /^3\.[6-9]\./.test(v))) {
    const python = join(root, version, "bin", "python3");
    if (existsSync(python)) return python;
  }
  return undefined;
}

test("an explicit interpreter setting is the only candidate", () => {
  assert.deepEqual(candidates(["/opt/python"], ["/from/python/ext"], "linux"),
    [{ command: ["/opt/python"], source: "dashLsp.interpreter" }]);
});

test("without a setting: the Python extension's interpreter, then python3 on the PATH", () => {
  assert.deepEqual(candidates([], ["/venv/bin/python"], "linux").map((c) => c.command),
    [["/venv/bin/python"], ["python3"]]);
  assert.deepEqual(candidates([], undefined, "linux").map((c) => c.source), ["the PATH"]);
  assert.deepEqual(candidates([], [], "win32").map((c) => c.command), [["python"]]);
});

test("probe output is parsed; anything else is not a Python", () => {
  assert.deepEqual(parseProbe('{"version": [3, 12, 1], "executable": "/usr/bin/python3"}\n'),
    { version: [3, 12, 1], executable: "/usr/bin/python3" });
  assert.equal(parseProbe(""), undefined);
  assert.equal(parseProbe("Python 3.12.1"), undefined);
  assert.equal(parseProbe('{"version": ["3", "x"]}'), undefined);
});

test("3.10 is the oldest supported Python", () => {
  assert.equal(isSupported([3, 9, 18]), false);
  assert.equal(isSupported([3, 10, 0]), true);
  assert.equal(isSupported([3, 13, 1]), true);
  assert.equal(isSupported([2, 7, 18]), false);
  assert.equal(isSupported([4, 0, 0]), true);
});

test("a real python3 is probed: version and executable", async () => {
  const result = await probe({ command: ["python3"], source: "the PATH" }, run);
  assert.ok(result.ok, !result.ok ? result.reason : "");
  assert.ok(result.ok && isSupported(result.version));
  assert.ok(result.ok && existsSync(result.executable));
});

test("a missing interpreter is reported as not found", async () => {
  const result = await probe({ command: [missing], source: "dashLsp.interpreter" }, run);
  assert.deepEqual(result, { ok: false, candidate: { command: [missing], source: "dashLsp.interpreter" }, reason: "was not found" });
});

test("a program that is not Python is rejected", async () => {
  const result = await probe({ command: ["/bin/true"], source: "dashLsp.interpreter" }, run);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : "", /not a Python interpreter/);
});

test("a Python that exits with an error is rejected with its message", async () => {
  const result = await probe({ command: ["python3", "-c", "raise SystemExit('broken env')"], source: "dashLsp.interpreter" }, run);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : "", /exit status 1: broken env/);
});

test("a Python older than 3.10 is rejected with its version", { skip: oldPython() === undefined && "no Python < 3.10 here" }, async () => {
  const result = await probe({ command: [oldPython()!], source: "dashLsp.interpreter" }, run);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : "", /^is Python 3\.[6-9]\.\d+; dash-lsp needs 3\.10 or newer$/);
});

test("the version decision on a reported 3.8", async () => {
  const reports38: Runner = async () => '{"version": [3, 8, 10], "executable": "/usr/bin/python3.8"}';
  const result = await probe({ command: ["python3.8"], source: "the PATH" }, reports38);
  assert.equal(!result.ok && result.reason, "is Python 3.8.10; dash-lsp needs 3.10 or newer");
});

test("choose falls back from a broken Python extension interpreter to python3 on the PATH", async () => {
  const lines: string[] = [];
  const choice = await choose(candidates([], [missing]), run, (line) => lines.push(line));
  assert.ok(choice.ok);
  assert.deepEqual(choice.ok && choice.found.candidate.command, ["python3"]);
  assert.match(lines[0], /nonexistent.*from the Python extension\) was not found/);
  assert.match(lines[1], /^Python 3\.\d+\.\d+ at .*python3 on the PATH/);
});

test("a broken explicit setting fails with one sentence naming the setting and the fix", async () => {
  const choice = await choose(candidates([missing], ["python3"]), run, () => undefined);
  assert.equal(choice.ok, false);
  const message = !choice.ok ? choice.message : "";
  assert.match(message, /dashLsp\.interpreter setting \(\/nonexistent\/dash-lsp\/bin\/python3\) was not found/);
  assert.match(message, /Point the setting at Python 3\.10 or newer/);
});

test("when nothing works the message lists what was tried", () => {
  const tried: Candidate[] = [{ command: ["/venv/bin/python"], source: "the Python extension" }, { command: ["python3"], source: "the PATH" }];
  const message = failureMessage([
    { ok: false, candidate: tried[0], reason: "was not found" },
    { ok: false, candidate: tried[1], reason: "is Python 3.8.10; dash-lsp needs 3.10 or newer" },
  ]);
  assert.equal(message, "Dash LSP cannot start: no usable Python found (/venv/bin/python (from the Python extension) "
    + "was not found; python3 on the PATH is Python 3.8.10; dash-lsp needs 3.10 or newer). Install Python 3.10 or "
    + "newer, select it in the Python extension, or set dashLsp.interpreter.");
});
