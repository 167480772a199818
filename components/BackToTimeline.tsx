import Link from "next/link";

/** The article pages' way back (a prerendered page and the app shell's alike). */
export function BackToTimeline() {
  return (
    <Link href="/" className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
      ← Back to the timeline
    </Link>
  );
}
