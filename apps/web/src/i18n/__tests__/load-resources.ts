/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResources, type Resource } from '../resources';

/** The Node twin of resource-files.ts (Jest runs outside Vite, so no import.meta.glob). */
export const webSrc = fileURLToPath(new URL('../../', import.meta.url));

export function sourceFiles(dir = webSrc): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

export function resourceFiles(): Record<string, Resource> {
  const files: Record<string, Resource> = {};
  for (const path of sourceFiles()) {
    const rel = relative(webSrc, path);
    if (/^(shared|modules\/[^/]+)\/i18n\/[^/]+\.json$/.test(rel)) files[rel] = JSON.parse(readFileSync(path, 'utf8')) as Resource;
  }
  return files;
}

export const loadResources = (): Record<string, Resource> => mergeResources(resourceFiles());
