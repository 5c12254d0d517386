import { readToken } from '../../apollo/auth-token';

/** The file name a response names in Content-Disposition, else the fallback. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(contentDisposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(contentDisposition);
  return plain ? plain[1].trim() : fallback;
}

/** The headers a download sends: the same bearer credential the GraphQL client sends. */
export function downloadHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A download that failed, with the HTTP status (0: the network). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed (${status || 'network'})`);
    this.name = 'DownloadError';
  }
}

/**
 * GETs a file the API serves with the signed-in user's credential and saves it (an object URL and
 * a temporary <a download>: no inline script, so the CSP allows it). The file is saved as the server
 * names it, unless `fileName` says otherwise (e.g. one invoice in two languages).
 */
export async function downloadFile(path: string, fallbackName: string, options: { fileName?: string; fetchImpl?: typeof fetch } = {}): Promise<void> {
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(path, { headers: downloadHeaders(readToken()) });
  } catch {
    throw new DownloadError(0);
  }
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = options.fileName ?? fileNameFrom(response.headers.get('content-disposition'), fallbackName);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A path with ?lang= (and other query values) appended. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}
