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

/** Why a document's text is unreadable (kept with it, so support and the student know what to fix). */
export enum TextFailure {
  /** pdfjs could not parse it. */
  Damaged = 'damaged',
  /** Reading took longer than the per-document time limit. */
  Timeout = 'timeout',
  /** The reader thread went over its memory limit. */
  OutOfMemory = 'out_of_memory',
  /** It declares more pages than any CV or letter has ("PDF bomb"). */
  TooManyPages = 'too_many_pages',
  /** A compressed stream inflates to more than the limit ("PDF bomb"). */
  StreamTooLarge = 'stream_too_large',
  /** The stored bytes are gone. */
  MissingFile = 'missing_file',
}
