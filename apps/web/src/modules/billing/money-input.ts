import { yuanToFen } from '../../shared/lib/money';

/** An antd form rule: a positive amount in yuan with at most two decimals. */
export function isPositiveYuan(text: string | null | undefined): boolean {
  const fen = yuanToFen(text);
  return fen !== null && !fen.startsWith('-') && !/^0+$/.test(fen);
}

/** The month before `now`'s month in Asia/Shanghai, as YYYY-MM (the default month to bill). */
export function previousShanghaiMonth(now: Date = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth(); // 0-based: the current month's index is the previous month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

/** A local "YYYY-MM-DD HH:mm" read as Asia/Shanghai time → ISO UTC. */
export function shanghaiToIso(date: string, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh - 8, mm)).toISOString();
}
