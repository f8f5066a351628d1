const MAX_NAME_LENGTH = 120;

/**
 * A display name safe to store and to send back in Content-Disposition: no folders, no control or reserved
 * characters, no leading dots, bounded length, and the extension of the type we detected (so "photo.png.pdf"
 * that is really a PNG comes back as "photo.png.png", and a PDF named "cv" as "cv.pdf"). Accents are kept.
 */
export function sanitiseFileName(original: string | undefined, extension: string): string {
  const base = (original ?? '')
    .normalize('NFC')
    .split(/[\\/]/)
    .pop()!
    // Control characters, characters Windows forbids, and Unicode direction overrides that disguise extensions.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const stem = stripExtension(base, extension).replace(/[.\s]+$/, '');
  const bounded = [...stem]
    .slice(0, MAX_NAME_LENGTH - extension.length)
    .join('')
    .trim();
  return `${bounded || 'document'}${extension}`;
}

function stripExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name.slice(0, -extension.length) : name;
}

/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187), for any stored name.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
