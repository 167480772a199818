// @ts-check
/**
 * One config for both ways the site ships:
 * - `npm start` / `npm run build`: a Next.js server build in .next/
 * - `npm run export` (NEXT_OUTPUT=export): a static site in out/ for any static host.
 * `trailingSlash` makes /events/<id>/ an index.html that every static host serves.
 */
const isExport = process.env.NEXT_OUTPUT === "export";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: isExport ? "export" : undefined,
  distDir: isExport ? ".next-export" : ".next",
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
