/**
 * What one request may cost (issue 9 §2). Every limit has a safe default and an environment
 * variable; the README's configuration table lists them. Tests and the benchmark raise the
 * rate and concurrency limits through their startApi env, never by weakening these defaults.
 */
export interface RequestLimits {
  /** Estimated cost (≈ values in the answer, see field-costs.ts) one operation of a signed-in caller may have. */
  maxCost: number;
  /** The same for a caller without a (valid) credential: only sign-in is open to them. */
  maxCostAnonymous: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Field selections in one operation, counted with fragments expanded. */
  maxSelections: number;
  /** Characters of the query document; longer ones are refused before parsing. */
  maxDocumentChars: number;
  /** Lexical tokens of the query document (graphql-js `maxTokens`), refused while parsing. */
  maxTokens: number;
  /** Bytes of one JSON answer. */
  maxResponseBytes: number;
  /** Milliseconds a query may execute; resolvers due later are refused and the answer is TIMEOUT. Mutations run to their end. */
  executionTimeoutMs: number;
  /** Operations one caller (user or token id, else IP address) may have executing at once. */
  maxConcurrentPerCaller: number;
  /** Mutation fields one caller may run per minute, on average (token bucket, per API process). */
  mutationsPerMinute: number;
  /** How many of those may come at once (the bucket's size). */
  mutationBurst: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 500_000,
  maxCostAnonymous: 1_000,
  maxAliases: 50,
  maxSelections: 2_000,
  maxDocumentChars: 32_768,
  maxTokens: 4_000,
  maxResponseBytes: 8 * 1024 * 1024,
  executionTimeoutMs: 10_000,
  maxConcurrentPerCaller: 8,
  mutationsPerMinute: 60,
  mutationBurst: 30,
};

/** Environment variable of each limit. */
export const REQUEST_LIMIT_ENV: Record<keyof RequestLimits, string> = {
  maxCost: 'SUANLI_MAX_QUERY_COST',
  maxCostAnonymous: 'SUANLI_MAX_QUERY_COST_ANONYMOUS',
  maxAliases: 'SUANLI_MAX_ALIASES',
  maxSelections: 'SUANLI_MAX_SELECTIONS',
  maxDocumentChars: 'SUANLI_MAX_DOCUMENT_CHARS',
  maxTokens: 'SUANLI_MAX_QUERY_TOKENS',
  maxResponseBytes: 'SUANLI_MAX_RESPONSE_BYTES',
  executionTimeoutMs: 'SUANLI_EXECUTION_TIMEOUT_MS',
  maxConcurrentPerCaller: 'SUANLI_MAX_CONCURRENT_PER_CALLER',
  mutationsPerMinute: 'SUANLI_MUTATIONS_PER_MINUTE',
  mutationBurst: 'SUANLI_MUTATION_BURST',
};

export function requestLimitsFrom(env: NodeJS.ProcessEnv): RequestLimits {
  const limits = { ...DEFAULT_REQUEST_LIMITS };
  for (const key of Object.keys(REQUEST_LIMIT_ENV) as (keyof RequestLimits)[]) {
    const name = REQUEST_LIMIT_ENV[key];
    const value = env[name];
    if (value === undefined || value === '') continue;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
    limits[key] = parsed;
  }
  return limits;
}
