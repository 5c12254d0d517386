/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { loadResources, sourceFiles } from './load-resources';

const root = new URL('../../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const schema = buildSchema(read('docs/schema.graphql'));
const resources = loadResources() as Record<string, { enums: Record<string, Record<string, string>> }>;

/**
 * Every enum the UI shows as a label, found where the code looks a label up (`enums.<Enum>.`), so a
 * new screen's enum is checked without editing this file; a new value in the schema must come with its wording.
 */
const SHOWN = [
  ...new Set(
    sourceFiles()
      .filter((path) => /\.tsx?$/.test(path) && !path.includes('/gql/') && !path.includes('__tests__'))
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/enums\.([A-Z][A-Za-z]+)\./g)].map((match) => match[1])),
  ),
].sort();

describe('every enum value from docs/schema.graphql is translated', () => {
  it('finds the enums the screens show', () => {
    expect(SHOWN).toEqual(expect.arrayContaining(['Role', 'ProjectStage', 'UserErrorCode', 'AllocationState', 'CardHealth', 'InvitationStatus']));
  });

  for (const [language, resource] of Object.entries(resources)) {
    it(`in ${language}`, () => {
      const missing: string[] = [];
      for (const name of SHOWN) {
        const type = schema.getType(name);
        expect(type).toBeInstanceOf(GraphQLEnumType);
        for (const { name: value } of (type as GraphQLEnumType).getValues()) {
          if (!resource.enums[name]?.[value]) missing.push(`${name}.${value}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
