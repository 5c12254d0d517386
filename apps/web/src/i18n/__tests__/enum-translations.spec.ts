/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';

const root = new URL('../../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const schema = buildSchema(read('docs/schema.graphql'));
const resources = {
  'zh-CN': JSON.parse(read('apps/web/src/i18n/zh-CN.json')) as { enums: Record<string, Record<string, string>> },
  en: JSON.parse(read('apps/web/src/i18n/en.json')) as { enums: Record<string, Record<string, string>> },
};

/** Every enum the UI shows as a label; a new value in the schema must come with its wording. */
const SHOWN = [
  'Role',
  'ProjectStage',
  'OrganisationKind',
  'Industry',
  'SensitivityTier',
  'CooperationMode',
  'AdaptationChecklistItem',
  'UserErrorCode',
  'AllocationState',
  'PriorityClass',
  'CardHealth',
  'InvitationStatus',
  'TransitionReasonCode',
];

describe('every enum value from docs/schema.graphql is translated', () => {
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
