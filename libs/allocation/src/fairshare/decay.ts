/**
 * Exponential decay of past usage: after one half-life, yesterday's card-seconds count half.
 * This is how a firm that used the whole cluster last month is not punished forever.
 */
export function decayUsage(previousCardSeconds: number, elapsedS: number, halfLifeS: number): number {
  if (!(halfLifeS > 0) || elapsedS <= 0) return previousCardSeconds;
  return previousCardSeconds * Math.pow(2, -elapsedS / halfLifeS);
}

/**
 * Decayed usage expressed as "cards held on average recently": a steady use of c cards
 * converges to c * halfLife / ln 2 decayed card-seconds, so this maps it back to c.
 */
export function recentAverageCards(decayedCardSeconds: number, halfLifeS: number): number {
  if (!(halfLifeS > 0)) return 0;
  return (decayedCardSeconds * Math.LN2) / halfLifeS;
}
