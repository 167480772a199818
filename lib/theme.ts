/**
 * The reader's colour theme. "system" follows prefers-color-scheme (pure CSS, see app/theme.css);
 * "light" and "dark" are kept in localStorage and shown as <html data-theme="…">.
 * Shared by the head script (app/layout.tsx) and the toggle (components/ThemeToggle.tsx), so both
 * read and write the same key and attribute.
 */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];
export const THEME_STORAGE_KEY = "theme";

/** A stored value, or anything else (nothing, an old or foreign value) as "system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}

/**
 * Runs in <head> before the body is parsed, so the first paint already has the chosen theme.
 * A constant (no data goes into it). localStorage can throw (disabled storage): then the system decides.
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;
