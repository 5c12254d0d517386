import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity.js';

export function userByIdLoader(dataSource: DataSource) {
  return new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
