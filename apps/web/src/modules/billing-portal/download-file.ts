import { readToken } from '../../apollo/auth-token';

/** A download that failed, with the HTTP status (0: the network). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed (${status})`);
    this.name = 'DownloadError';
  }
}

/** The file name a response names in Content-Disposition, if any. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/**
 * GETs a file with the same bearer credential the GraphQL client sends and saves it through an
 * object URL and a temporary <a download> (no inline script, so the CSP holds). The file is saved
 * as the server names it, unless `fileName` says otherwise (e.g. one invoice in two languages).
 */
export async function downloadFile(path: string, fallbackName: string, fileName?: string): Promise<void> {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
