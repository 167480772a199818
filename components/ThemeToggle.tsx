"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";
import { parseThemeChoice, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

/** What the page shows: the <html> attribute is the truth (set by the head script or a choice). */
function readShown(): ThemeChoice {
  return parseThemeChoice(document.documentElement.getAttribute("data-theme"));
}

const listeners = new Set<() => void>();

function show(choice: ThemeChoice) {
  if (choice === "system") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.setAttribute("data-theme", choice);
  listeners.forEach((listener) => listener());
}

function choose(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage disabled: the choice still holds for this page.
  }
  show(choice);
}

/** A choice made in another tab applies here too. */
function onStorage(e: StorageEvent) {
  if (e.key === THEME_STORAGE_KEY || e.key === null) show(readStored());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/**
 * System / Light / Dark, in the site header. The server renders "System" as the state; the
 * pressed look comes from <html data-theme> in CSS (app/theme.css), so it is right before hydration.
 */
export function ThemeToggle() {
  const current = useSyncExternalStore(subscribe, readShown, () => "system" as const);

  // React's development remount resets <html> to the attributes it renders, dropping the one the
  // head script set: put it back before paint (a no-op in production).
  useLayoutEffect(() => {
    if (readShown() !== readStored()) show(readStored());
  }, []);

  return (
    <div role="group" aria-label="Colour theme" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-xs">
      {THEME_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          data-theme-choice={choice}
          aria-pressed={current === choice}
          onClick={() => choose(choice)}
          className="rounded px-2.5 py-1 font-medium text-slate-700 hover:bg-slate-100"
        >
          {LABELS[choice]}
        </button>
      ))}
    </div>
  );
}
