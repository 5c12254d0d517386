import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AdaptationEntity } from '../entities/adaptation.entity.js';

export function adaptationByProjectLoader(dataSource: DataSource) {
  return new DataLoader<string, AdaptationEntity | null>(async (projectIds) => {
    const rows = await dataSource.getRepository(AdaptationEntity).findBy({ projectId: In([...projectIds]) });
    const byProject = new Map(rows.map((row) => [row.projectId, row]));
    return projectIds.map((id) => byProject.get(id) ?? null);
  });
}
