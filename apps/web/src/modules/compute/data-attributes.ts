/** `data-*` attributes for props objects (antd's onRow), e.g. { testid: 'x', cards: '8' } → data-testid, data-cards. */
export function dataAttributes(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`data-${key}`, value]));
}
