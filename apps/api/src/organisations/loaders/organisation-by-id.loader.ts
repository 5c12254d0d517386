import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';

export function organisationByIdLoader(dataSource: DataSource) {
  return new DataLoader<string, OrganisationEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
