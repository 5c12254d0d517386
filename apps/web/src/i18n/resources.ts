/**
 * Translations live beside the code that shows them: `shared/i18n/<lng>.json` and
 * `modules/<name>/i18n/<lng>.json`. Each file holds whole top-level sections (`"compute": {…}`), and
 * the sections of all files are merged into the one default namespace, so a key keeps its section
 * as prefix (`t('compute.title')`) and components need no i18next namespace. Two files claiming the
 * same section would silently shadow each other, so that is an error.
 */
export type Resource = Record<string, unknown>;

const LANGUAGE_FILE = /\/i18n\/([A-Za-z-]+)\.json$/;

export function languageOfFile(path: string): string | undefined {
  return LANGUAGE_FILE.exec(path)?.[1];
}

/** Merges `{ path: json }` (as Vite's glob or the file system gives them) into one resource per language. */
export function mergeResources(files: Record<string, Resource>): Record<string, Resource> {
  const merged: Record<string, Resource> = {};
  const owner: Record<string, Record<string, string>> = {};
  for (const path of Object.keys(files).sort()) {
    const language = languageOfFile(path);
    if (!language) throw new Error(`${path}: not named <language>.json under an i18n folder`);
    const resource = (merged[language] ??= {});
    const owners = (owner[language] ??= {});
    for (const [section, value] of Object.entries(files[path])) {
      if (owners[section]) throw new Error(`section "${section}" is in both ${owners[section]} and ${path}`);
      owners[section] = path;
      resource[section] = value;
    }
  }
  return merged;
}
