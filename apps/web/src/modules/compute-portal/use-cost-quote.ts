import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLocale } from '../../shared/i18n/use-locale';
import { CostQuoteQuery } from './compute-portal.operations';
import { costLine, costQuoteVariables, type CostLine } from './cost-line';
import { useDebounced } from './use-debounced';
import type { WhatIfRequest } from './what-if';

/** The cost line for the request being typed, asked of the API once the form settles (like the what-if). */
export function useCostQuote(request: WhatIfRequest | null): { line: CostLine | null; loading: boolean; error: unknown } {
  const locale = useLocale();
  const settled = useDebounced(request, 400);
  const variables = useMemo(() => costQuoteVariables(settled), [settled]);
  const result = useQuery(CostQuoteQuery, variables ? { variables, fetchPolicy: 'cache-first' } : skipToken);
  const { loading, error } = result;
  // While the next quote loads, the last one stays on screen (dimmed) rather than flickering away.
  const quote = result.dataState === 'complete' ? result.data.costQuote : result.previousData?.costQuote;
  const line = useMemo(() => (quote && settled && variables ? costLine(quote, settled, locale) : null), [quote, settled, variables, locale]);
  return { line, loading, error };
}
