// @ts-check
/**
 * One config for both ways the site ships:
 * - `npm start` / `npm run build`: a Next.js server build in .next/
 * - `npm run export` (NEXT_OUTPUT=export): a static site in out/ for any static host.
 * `trailingSlash` makes /events/<id>/ an index.html that every static host serves.
 *
 * No custom distDir for the export: in Next 16 a custom distDir with `output: 'export'` only
 * renames the export's destination (instead of out/), while the build artifacts still go to
 * .next/ either way. So the default gives out/ directly, with nothing to copy afterwards.
 * Note the export build rewrites .next/: run `npm run build` after it before `next start`.
 */
const isExport = process.env.NEXT_OUTPUT === "export";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: isExport ? "export" : undefined,
  // A second server build of the same, already type-checked app over other data (the hostile-input
  // test, e2e/hostile/server.ts): in its own folder, so .next/ stays the real build; no second type check.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR, typescript: { ignoreBuildErrors: true } } : {}),
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
