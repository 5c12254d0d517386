/** 512 KiB: a ticket's attachment travels base64 inside a GraphQL request, whose body is capped at 1 MiB. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/** What a founder may attach: documents and pictures, nothing executable. */
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

/** The type is allowed and the file name's extension agrees with it. */
export function attachmentTypeAllowed(contentType: string, fileName: string): boolean {
  const extensions = ALLOWED_ATTACHMENT_TYPES[contentType.toLowerCase()];
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return !!extensions && fileName.includes('.') && extensions.includes(extension);
}
