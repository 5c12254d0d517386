import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ProjectTransitionEntity } from '../entities/project-transition.entity.js';

/** A project's history, oldest first. */
export function transitionsByProjectLoader(dataSource: DataSource) {
  return new DataLoader<string, ProjectTransitionEntity[]>(async (projectIds) => {
    const rows = await dataSource.getRepository(ProjectTransitionEntity).find({
      where: { projectId: In([...projectIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byProject = new Map<string, ProjectTransitionEntity[]>();
    for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
    return projectIds.map((id) => byProject.get(id) ?? []);
  });
}
