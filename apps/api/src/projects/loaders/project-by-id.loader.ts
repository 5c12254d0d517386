import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ProjectEntity } from '../entities/project.entity.js';

export function projectByIdLoader(dataSource: DataSource) {
  return new DataLoader<string, ProjectEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(ProjectEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
