import { ALLOWED_ATTACHMENT_EXTENSIONS, attachmentTypeAllowed, attachmentTypeFor } from '../attachment-rules.js';

describe('ticket attachment rules', () => {
  it('allows documents and pictures whose extension agrees with the type, nothing else', () => {
    expect(attachmentTypeAllowed('application/pdf', '立项书.PDF')).toBe(true);
    expect(attachmentTypeAllowed('APPLICATION/PDF', 'a.pdf')).toBe(true);
    expect(attachmentTypeAllowed('application/pdf', 'fake.pdf.exe')).toBe(false);
    expect(attachmentTypeAllowed('text/html', 'page.html')).toBe(false);
    expect(attachmentTypeAllowed('application/pdf', 'no-extension')).toBe(false);
  });

  it('names the type a file is sent as from its extension, whatever the browser reported', () => {
    expect(attachmentTypeFor('data.csv')).toBe('text/csv');
    expect(attachmentTypeFor('photo.JPEG')).toBe('image/jpeg');
    expect(attachmentTypeFor('tool.exe')).toBeNull();
    expect(attachmentTypeFor('README')).toBeNull();
    for (const extension of ALLOWED_ATTACHMENT_EXTENSIONS) expect(attachmentTypeAllowed(attachmentTypeFor(`f.${extension}`)!, `f.${extension}`)).toBe(true);
  });
});
