import assert from "node:assert/strict";
import { test } from "node:test";

import { bundledLibs, serverLaunch, useBundled } from "../src/launch";

test("the server runs as a module of the chosen interpreter, arguments kept", () => {
  const launch = serverLaunch(["/usr/bin/python3", "-X", "utf8"], { libs: undefined, env: {}, cwd: "/ext" });
  assert.equal(launch.command, "/usr/bin/python3");
  assert.deepEqual(launch.args, ["-X", "utf8", "-m", "dash_lsp", "serve"]);
  assert.equal(launch.cwd, "/ext");
  assert.equal(launch.bundled, false);
  assert.equal(launch.env.PYTHONPATH, undefined);
});

test("the bundled libraries go first on PYTHONPATH, the user's entries after", () => {
  const libs = bundledLibs("/ext");
  assert.equal(libs, "/ext/bundled/libs");
  const alone = serverLaunch(["python3"], { libs, env: { HOME: "/h" }, cwd: "/ext", delimiter: ":" });
  assert.equal(alone.env.PYTHONPATH, "/ext/bundled/libs");
  assert.equal(alone.env.HOME, "/h");
  const both = serverLaunch(["python3"], { libs, env: { PYTHONPATH: "/mine" }, cwd: "/ext", delimiter: ":" });
  assert.equal(both.env.PYTHONPATH, "/ext/bundled/libs:/mine");
  assert.equal(both.bundled, true);
});

test("the caller's environment is copied, not changed", () => {
  const env = { PYTHONPATH: "/mine" };
  serverLaunch(["python3"], { libs: "/ext/bundled/libs", env, cwd: "/ext" });
  assert.deepEqual(env, { PYTHONPATH: "/mine" });
});

test("useBundled always bundles; fromEnvironment only when the environment has no server", () => {
  assert.equal(useBundled("useBundled", true), true);
  assert.equal(useBundled("useBundled", false), true);
  assert.equal(useBundled("fromEnvironment", true), false);
  assert.equal(useBundled("fromEnvironment", false), true);
});
