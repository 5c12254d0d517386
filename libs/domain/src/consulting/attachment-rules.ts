/**
 * What may be attached to a consulting ticket. Shared by the API, which refuses anything else, and
 * the web app, which says so before a file is sent.
 */

/** 512 KiB: a ticket's attachment travels base64 inside a GraphQL request, whose body is capped at 1 MiB. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/** What a founder may attach: documents and pictures, nothing executable or rendered as a page. */
export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/zip': ['zip'],
};

/** The allowed extensions, for a file picker's `accept` and for saying what is allowed. */
export const ALLOWED_ATTACHMENT_EXTENSIONS: readonly string[] = Object.values(ALLOWED_ATTACHMENT_TYPES).flat();

function extensionOf(fileName: string): string | null {
  return fileName.includes('.') ? (fileName.toLowerCase().split('.').pop() ?? null) : null;
}

/** The type is allowed and the file name's extension agrees with it. */
export function attachmentTypeAllowed(contentType: string, fileName: string): boolean {
  const extensions = ALLOWED_ATTACHMENT_TYPES[contentType.toLowerCase()];
  const extension = extensionOf(fileName);
  return !!extensions && extension !== null && extensions.includes(extension);
}

/**
 * The MIME type an allowed file is sent as, from its extension (browsers disagree on `File.type`,
 * e.g. CSV as application/vnd.ms-excel), or null when its extension is not allowed.
 */
export function attachmentTypeFor(fileName: string): string | null {
  const extension = extensionOf(fileName);
  return Object.entries(ALLOWED_ATTACHMENT_TYPES).find(([, extensions]) => extension !== null && extensions.includes(extension))?.[0] ?? null;
}
