export enum DocumentKind {
  Cv = 'cv',
  Letter = 'letter',
  Other = 'other',
}

/** Kinds a request holds one current document of: a new upload replaces the previous one. */
export const SINGLE_KINDS: readonly DocumentKind[] = [DocumentKind.Cv, DocumentKind.Letter];

/** What became of a document's text (read by the worker after upload, kept for search). */
export enum TextStatus {
  Pending = 'pending',
  Extracted = 'extracted',
  /** Not a PDF we can read (damaged, or parsing failed or took too long). */
  Unreadable = 'unreadable',
  /** Opening it needs a password. */
  Encrypted = 'encrypted',
  /** An image: there is no text layer to read. */
  NotApplicable = 'not_applicable',
}
