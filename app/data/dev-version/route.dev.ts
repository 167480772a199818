/**
 * `npm run dev` only (next.config.js makes *.dev.ts files routes in dev alone: no build has this):
 * a stamp of the events file, which changes when the watcher extracts again. An open timeline asks
 * for it every second (components/useDevDataReload.ts) and reloads when it changes.
 */
import { dataVersion } from "@/lib/data";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ version: dataVersion() }, { headers: { "Cache-Control": "no-store" } });
}
