import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getCounts } from "@/lib/data";
import { siteUrl } from "@/lib/site";
import { BASE_PATH, SITE_DESCRIPTION, SITE_TAGLINE, SITE_TITLE } from "@/lib/site-settings";
import { plural } from "@/lib/format";
import { ThemeToggle } from "@/components/ThemeToggle";
import { sitePreviewImage } from "@/lib/og-meta";
import { ThemeScript } from "@/lib/trusted-html";
import "./globals.css";

export const metadata: Metadata = {
  // og:url and other absolute URLs are built on this; set SITE_URL when building for a real host.
  // Under a base path, Next joins it to the pages' relative URLs ("/events/a/" → "/timeline/events/a/").
  metadataBase: new URL(`${siteUrl()}${BASE_PATH}/`),
  // Title and description: timeline.config.json, else the built-in ones (lib/site-settings.ts).
  title: { default: SITE_TITLE, template: `%s · ${SITE_TITLE}` },
  description: SITE_DESCRIPTION,
  // The site's card (app/og.png/route.ts), for `/` and any page that does not set its own.
  openGraph: { type: "website", siteName: SITE_TITLE, images: [sitePreviewImage()] },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // The browser's own UI (and its canvas before the styles load) follows the system scheme: the
  // header's colour in each theme (`bg-white`: white, and the dark surface of app/theme.css).
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1629" },
  ],
};


export default function RootLayout({ children }: { children: React.ReactNode }) {
  const counts = getCounts();
  return (
    // The head script may set data-theme on <html> before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* A constant script (lib/theme.ts, emitted by the audited lib/trusted-html.tsx): the stored theme before the first paint. */}
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to main content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-screen-2xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
            <div className="min-w-0">
              <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900 hover:text-blue-800">
                {SITE_TITLE}
              </Link>
              {SITE_TAGLINE && <p className="text-sm text-slate-600">{SITE_TAGLINE}</p>}
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <p className="text-sm text-slate-600">
                {plural(counts.events, "event")} from {plural(counts.articles, "article")}
              </p>
              <ThemeToggle />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-5 outline-none sm:px-6">
          {children}
        </main>
        <footer className="mx-auto max-w-screen-2xl px-4 pb-8 pt-2 text-xs text-slate-600 sm:px-6">
          Every event links to the passages that report it. Dates are only shown when the text supports them.
        </footer>
      </body>
    </html>
  );
}
