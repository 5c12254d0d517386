/** `data-testid` for props objects (e.g. antd's okButtonProps), where JSX attribute syntax is not available. */
export function testId(id: string): Record<string, string> {
  return { 'data-testid': id };
}
