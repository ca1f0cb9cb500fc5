// Bundles the extension into dist/extension.js; with --tests, the unit tests into dist/test/.
// The tests bundle only the modules that do not import vscode: a test that reached
// vscode would fail to build here, not pass by accident.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const tests = process.argv.includes("--tests");
const production = process.argv.includes("--production");

if (tests) {
  const dir = "client/test";
  await build({
    entryPoints: readdirSync(dir).filter((name) => name.endsWith(".test.ts")).map((name) => join(dir, name)),
    outdir: "dist/test",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
} else {
  await build({
    entryPoints: ["client/src/extension.ts"],
    outfile: "dist/extension.js",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    minify: production,
    sourcemap: production ? false : "linked",
    logLevel: "warning",
  });
}
