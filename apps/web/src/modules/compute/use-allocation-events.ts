import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { AllocationChangedSubscription } from './compute.operations';

/**
 * Calls `onChange` (at most once a second) when any allocation the caller may see changes state,
 * over the graphql-ws subscription. Screens also poll, so a dropped socket only slows updates down.
 */
export function useAllocationEvents(onChange: () => void, skip = false): void {
  const latest = useRef(onChange);
  const timer = useRef<number | null>(null);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(AllocationChangedSubscription, {
    skip,
    onData: () => {
      if (timer.current !== null) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        latest.current();
      }, 1000);
    },
  });
}
