// @ts-check
/**
 * The site's security headers, one source for every way it ships (docs/security.md):
 * `next.config.js` headers() and `proxy.ts` for `npm start`, and `scripts/security-headers.mjs`
 * for the static export (`out/_headers` and a per-page <meta> policy).
 *
 * Plain JavaScript (with lib/security-headers.d.ts for TypeScript) because next.config.js
 * imports it and Node loads that file as it is.
 *
 * The Content-Security-Policy allows no inline script except by its SHA-256 hash. Every page
 * is prerendered, and Next.js writes its bootstrap and the page's RSC payload as inline
 * scripts whose text differs per page, so each page's policy lists the hashes of its own inline
 * scripts, computed from the built HTML after `next build`.
 */

/** Where `npm run build` writes the per-page script hashes, inside the build's distDir. */
export const CSP_HASHES_FILE = "csp-hashes.json";

/**
 * Every directive but the script hashes. Measured with a crawl of every page kind
 * (e2e/security-headers.spec.ts): nothing needs 'unsafe-inline' for styles (vis-timeline and
 * React set styles through the CSSOM, which CSP does not govern; the prerendered HTML has no
 * style attribute or <style> element), no image is a data: URL, and no script uses eval.
 * `upgrade-insecure-requests` is left out on purpose: every URL here is relative, so it upgrades
 * nothing over HTTPS, while over plain HTTP on anything but localhost (`npm start` on a LAN
 * address) it sends every script and stylesheet request to https:// and the page breaks.
 * @type {ReadonlyArray<readonly [string, string]>}
 */
const DIRECTIVES = [
  ["default-src", "'self'"],
  ["script-src", "'self'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
];

/** Directives a <meta http-equiv> policy cannot carry: browsers ignore them there (and say so in the console). */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** `'sha256-…'` sources, each once, in order. */
function hashSources(/** @type {readonly string[]} */ hashes) {
  return [...new Set(hashes)].map((hash) => `'${hash}'`);
}

/** @param {readonly string[]} scriptHashes @param {(name: string) => boolean} keep */
function policy(scriptHashes, keep) {
  return DIRECTIVES.filter(([name]) => keep(name))
    .map(([name, value]) => (name === "script-src" ? [name, value, ...hashSources(scriptHashes)] : [name, value]).join(" "))
    .join("; ");
}

/**
 * The whole policy, as `npm start` sends it for one page.
 * @param {readonly string[]} scriptHashes `sha256-<base64>` of each inline script of the page
 */
export function contentSecurityPolicy(scriptHashes) {
  return policy(scriptHashes, () => true);
}

/**
 * The policy for a page's <meta http-equiv="Content-Security-Policy"> in the static export:
 * everything a meta policy can carry, with the page's own script hashes.
 * @param {readonly string[]} scriptHashes
 */
export function metaContentSecurityPolicy(scriptHashes) {
  return policy(scriptHashes, (name) => !HEADER_ONLY.has(name));
}

/**
 * The policy the static export's hosts send for every path: the directives a meta policy cannot
 * carry, and those that restrict no script. Browsers enforce it and the page's meta policy both,
 * so together they are the whole policy. It must not restrict scripts (no default-src or
 * script-src): a host-wide header cannot know each page's script hashes.
 */
export const STATIC_HOST_CSP = DIRECTIVES.filter(([name]) => HEADER_ONLY.has(name) || ["object-src", "base-uri", "form-action"].includes(name))
  .map((directive) => directive.join(" "))
  .join("; ");

/**
 * Sent with every response, in both modes. HSTS is ignored by browsers over plain HTTP (it only
 * takes effect once a page was loaded over HTTPS) and covers subdomains: serve them over HTTPS too.
 * @type {ReadonlyArray<{ key: string; value: string }>}
 */
export const SECURITY_HEADERS = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The browsers' default, spelled out: other sites see our origin only, never a page's path.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  // Powerful features the site never uses, switched off for it and anything it might embed.
  { key: "Permissions-Policy", value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()" },
  // No window the site opens (links to publishers) can reach back into it, nor it into them.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The text of each inline <script> of a prerendered page, in document order: what the browser
 * hashes to check it against the policy. Next.js escapes `</script` inside the scripts it writes,
 * so the first closing tag ends each one.
 * @param {string} html
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  for (const [, attributes = "", text = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(` ${attributes}`)) scripts.push(text);
  }
  return scripts;
}
