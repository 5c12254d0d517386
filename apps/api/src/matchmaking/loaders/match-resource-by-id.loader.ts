import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MatchResourceEntity } from '../entities/match-resource.entity.js';

/** The resources an answer's introductions and suggestions lead to, one query per request. */
export function matchResourceByIdLoader(dataSource: DataSource) {
  return new DataLoader<string, MatchResourceEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(MatchResourceEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
