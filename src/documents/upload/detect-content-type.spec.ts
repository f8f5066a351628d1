import { DocumentKind } from '../document-kind';
import { acceptedTypes, detectContentType } from './detect-content-type';

describe('detectContentType', () => {
  it('recognises a PDF by its %PDF- header', () => {
    expect(detectContentType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({
      contentType: 'application/pdf',
      extension: '.pdf',
    });
  });

  it('recognises PNG and JPEG', () => {
    expect(detectContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.contentType).toBe(
      'image/png',
    );
    expect(detectContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.contentType).toBe('image/jpeg');
  });

  it('does not trust a name: text, HTML, a ZIP or a header not at the start are unknown', () => {
    for (const data of ['hello, I am a PDF', '<html>%PDF-</html>', ' %PDF-1.4', '%PDF', '']) {
      expect(detectContentType(Buffer.from(data))).toBeNull();
    }
    expect(detectContentType(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });
});

describe('acceptedTypes', () => {
  it('takes only PDF for a CV or a letter, and images too for other documents', () => {
    expect(acceptedTypes(DocumentKind.Cv).map((t) => t.contentType)).toEqual(['application/pdf']);
    expect(acceptedTypes(DocumentKind.Letter).map((t) => t.contentType)).toEqual(['application/pdf']);
    expect(acceptedTypes(DocumentKind.Other).map((t) => t.contentType)).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
    ]);
  });
});
