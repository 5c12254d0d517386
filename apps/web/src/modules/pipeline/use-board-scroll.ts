import { useCallback, useEffect, useRef, useState } from 'react';

/** The board scrolls sideways when its columns do not fit: which way it can go, and a jump to a column. */
export function useBoardScroll<T extends HTMLElement>(deps: readonly unknown[]) {
  const ref = useRef<T | null>(null);
  const [edges, setEdges] = useState({ canLeft: false, canRight: false });

  const measure = useCallback(() => {
    const board = ref.current;
    if (!board) return;
    // One pixel of slack: fractional widths leave scrollLeft a hair short of the end.
    setEdges({ canLeft: board.scrollLeft > 1, canRight: board.scrollLeft + board.clientWidth < board.scrollWidth - 1 });
  }, []);

  useEffect(() => {
    const board = ref.current;
    if (!board) return;
    measure();
    board.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(board);
    return () => {
      board.removeEventListener('scroll', measure);
      observer.disconnect();
    };
    // Re-measured whenever the columns change (deps), not only on scroll and resize.
  }, [measure, ...deps]);

  const scrollByPage = (direction: 1 | -1) => ref.current?.scrollBy({ left: direction * ref.current.clientWidth * 0.8, behavior: 'smooth' });
  const scrollToColumn = (selector: string) =>
    ref.current?.querySelector<HTMLElement>(selector)?.scrollIntoView({ behavior: 'smooth', inline: 'start', block: 'nearest' });

  return { ref, ...edges, scrollByPage, scrollToColumn };
}
