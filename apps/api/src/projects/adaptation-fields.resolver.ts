import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isAdaptationOverdue } from '@suanli/domain';
import { Adaptation } from './models/adaptation.model.js';

@Resolver(() => Adaptation)
export class AdaptationFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Past the due date with checklist items still open.' })
  overdue(@Parent() adaptation: Adaptation): boolean {
    return isAdaptationOverdue(adaptation.dueAt, adaptation.completedItems, new Date());
  }
}
