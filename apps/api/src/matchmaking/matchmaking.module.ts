import { Module } from '@nestjs/common';
import { MATCHMAKING_CLOCK, systemClock } from './clock.js';
import { IntroductionsResolver } from './introductions.resolver.js';
import { IntroductionFieldsResolver, MatchNeedFieldsResolver, MatchResourceFieldsResolver, ScoredMatchFieldsResolver } from './matchmaking-fields.resolver.js';
import { MatchmakingResolver } from './matchmaking.resolver.js';
import { MatchmakingFunnelService } from './services/funnel.service.js';
import { IntroductionsService } from './services/introductions.service.js';
import { MatchmakingQueriesService } from './services/matchmaking-queries.service.js';
import { MatchNeedsService } from './services/needs.service.js';
import { IntroductionReminderTicker } from './services/reminder-ticker.js';
import { IntroductionRemindersService } from './services/reminders.service.js';
import { MatchResourcesService } from './services/resources.service.js';
import { MatchSuggestionsService } from './services/suggestions.service.js';

@Module({
  providers: [
    { provide: MATCHMAKING_CLOCK, useValue: systemClock },
    MatchResourcesService, MatchNeedsService, MatchSuggestionsService, IntroductionsService, MatchmakingQueriesService, MatchmakingFunnelService,
    IntroductionRemindersService, IntroductionReminderTicker,
    MatchmakingResolver, IntroductionsResolver, MatchResourceFieldsResolver, MatchNeedFieldsResolver, IntroductionFieldsResolver, ScoredMatchFieldsResolver,
  ],
})
export class MatchmakingModule {}
