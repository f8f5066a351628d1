import { DocumentKind } from '../document-kind';

export interface DetectedType {
  contentType: string;
  extension: string;
}

const PDF: DetectedType = { contentType: 'application/pdf', extension: '.pdf' };
const PNG: DetectedType = { contentType: 'image/png', extension: '.png' };
const JPEG: DetectedType = { contentType: 'image/jpeg', extension: '.jpg' };

const signatures: Array<{ bytes: number[]; type: DetectedType }> = [
  { bytes: [...Buffer.from('%PDF-')], type: PDF },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: PNG },
  { bytes: [0xff, 0xd8, 0xff], type: JPEG },
];

/** The type of a file from its first bytes (its "magic"), never from its name or the client's Content-Type. */
export function detectContentType(data: Buffer): DetectedType | null {
  const match = signatures.find(({ bytes }) => data.length >= bytes.length && bytes.every((b, i) => data[i] === b));
  return match?.type ?? null;
}

/** CVs and letters must be PDFs; other documents may also be PNG or JPEG images. */
export function acceptedTypes(kind: DocumentKind): DetectedType[] {
  return kind === DocumentKind.Other ? [PDF, PNG, JPEG] : [PDF];
}
