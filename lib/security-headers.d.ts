/** Types for lib/security-headers.js (plain JavaScript so that next.config.js can import it). */
export declare const CSP_HASHES_FILE: string;
export declare function contentSecurityPolicy(scriptHashes: readonly string[]): string;
export declare function metaContentSecurityPolicy(scriptHashes: readonly string[]): string;
export declare const STATIC_HOST_CSP: string;
export declare const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
export declare function inlineScripts(html: string): string[];
