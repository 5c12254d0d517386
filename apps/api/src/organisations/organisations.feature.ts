import type { LRUCache } from 'lru-cache';
import { defineFeature } from '../common/feature/define-feature.js';
import { rowCache } from '../common/graphql/shared-caches.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { organisationByIdLoader } from './loaders/organisation-by-id.loader.js';
import { OrganisationsModule } from './organisations.module.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    organisationById: ReturnType<typeof organisationByIdLoader>;
  }
}

declare module '../common/graphql/shared-caches.js' {
  interface SharedCaches {
    organisations: LRUCache<string, OrganisationEntity>;
  }
}

export const organisationsFeature = defineFeature({
  name: 'organisations',
  module: OrganisationsModule,
  entities: [OrganisationEntity],
  loaders: { organisationById: ({ dataSource, caches }) => organisationByIdLoader(dataSource, caches) },
  // Organisations change rarely (name, kind, tier); the loader documents the 5 s.
  caches: { organisations: rowCache<OrganisationEntity>({ max: 5_000, ttlMs: 5_000 }) },
  permissions: ['ORGANISATION_READ', 'ORGANISATION_WRITE'],
});
