/**
 * A test page's script: a harness under e2e/harness/ bundled with esbuild into one IIFE, which a spec
 * serves through Playwright's router (nothing test-only ships with the app). Stylesheets the harness
 * imports are left out: specs serve the built site's (and vis-timeline's) stylesheets themselves.
 */
export async function bundleHarness(entry: string): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    tsconfig: "tsconfig.json",
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}
