import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { throughCache, type SharedCaches } from '../../common/graphql/shared-caches.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';

/** Organisations change rarely (name, kind, tier); a row may be up to 5 s old here. */
export function organisationByIdLoader(dataSource: DataSource, caches: SharedCaches) {
  return new DataLoader<string, OrganisationEntity | null>((ids) =>
    throughCache(caches.organisations, ids, async (missing) => {
      const rows = await dataSource.getRepository(OrganisationEntity).findBy({ id: In(missing) });
      return new Map(rows.map((row) => [row.id, row]));
    }),
  );
}
