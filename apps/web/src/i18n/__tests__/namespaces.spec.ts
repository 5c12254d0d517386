import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '../languages';
import { mergeResources, type Resource } from '../resources';
import { resourceFiles } from './load-resources';

// Chinese has no plural forms; English has `_one`/`_other`, which are one key to the caller.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL, '')];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const files = resourceFiles();
const folders = [...new Set(Object.keys(files).map((path) => path.replace(/\/i18n\/.*$/, '')))].sort();

describe('translation namespaces', () => {
  it('are found in shared/ and the modules', () => {
    expect(folders).toEqual(expect.arrayContaining(['shared', 'modules/shell', 'modules/users', 'modules/compute']));
  });

  for (const folder of folders) {
    it(`${folder} has every language with the same keys`, () => {
      const [first, ...others] = LANGUAGES.map((language) => [...new Set(leafKeys(files[`${folder}/i18n/${language}.json`] ?? {}))].sort());
      expect(first.length).toBeGreaterThan(0);
      for (const keys of others) expect(keys).toEqual(first);
    });
  }

  it('no two folders claim the same section', () => {
    const files: Record<string, Resource> = { 'modules/a/i18n/en.json': { a: { x: '1' } }, 'modules/b/i18n/en.json': { a: { y: '2' } } };
    expect(() => mergeResources(files)).toThrow(/section "a"/);
  });

  it('merges the sections of every folder per language', () => {
    const merged = mergeResources(files);
    expect(Object.keys(merged).sort()).toEqual([...LANGUAGES].sort());
    expect(merged['en']).toHaveProperty('nav');
    expect(merged['zh-CN']).toHaveProperty('enums');
  });
});
