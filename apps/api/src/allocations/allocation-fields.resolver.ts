import { Args, Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { explainWait } from '@suanli/allocation';
import { cardHours, isStaff } from '@suanli/domain';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Organisation } from '../organisations/index.js';
import { Project } from '../projects/index.js';
import { AllocationRequest, WaitReason } from './models/allocation-request.model.js';

const URGENCY_AWAITING_APPROVAL = {
  'zh-CN': '加急待审批：批准前按标准优先级排队，不会抢占他人',
  en: 'urgent awaiting approval: queued at standard priority, preempting no one, until a manager approves',
} as const;

const shanghaiClock = (s: number) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(s * 1000));

@Resolver(() => AllocationRequest)
export class AllocationFieldsResolver {
  @ResolveField(() => Project, { description: 'The project the compute is for.' })
  project(@Parent() request: AllocationRequest, @Context() ctx: RequestContext) {
    return ctx.loaders.projectById.load(request.projectId);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that made the request.' })
  organisation(@Parent() request: AllocationRequest, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(request.organisationId);
  }

  @ResolveField(() => WaitReason, { nullable: true, description: 'Why it still waits, in plain words; null unless QUEUED.' })
  waitReason(
    @Parent() request: AllocationRequest,
    @Args('locale', { type: () => String, defaultValue: 'zh-CN', description: 'Language of message: en, or zh-CN for anything else.' }) locale: string,
    @Context() ctx: RequestContext,
  ) {
    if (request.state !== 'QUEUED' || !request.waitReason) return null;
    const reason = request.waitReason as Parameters<typeof explainWait>[0];
    // Staff read everyone's queue: "your organisation…" becomes "the organisation…" for them.
    const staff = ctx.actor?.kind === 'user' && isStaff(ctx.actor.role);
    const lang = locale === 'en' ? 'en' : 'zh-CN';
    const message = explainWait(reason, lang, shanghaiClock, staff ? 'staff' : 'requester');
    // The database keeps the code (urgency); the words are the reader's language.
    const awaiting = request.urgency === 'AWAITING_APPROVAL' ? URGENCY_AWAITING_APPROVAL[lang] : null;
    return {
      code: reason.code,
      params: JSON.stringify(reason.params),
      message: awaiting ? `${awaiting}${lang === 'en' ? '; ' : '；'}${message}` : message,
    };
  }

  @ResolveField(() => Float, { description: 'Metered card-hours: cards × time held (so far, if running).' })
  cardHours(@Parent() request: AllocationRequest) {
    if (!request.startedAt) return 0;
    return Number(cardHours(request.cards, request.startedAt, request.finishedAt ?? new Date()).toFixed(3));
  }
}
