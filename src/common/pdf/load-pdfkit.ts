/**
 * pdfkit, loaded with the first PDF a process writes instead of at boot: with its fonts and tables it holds ~20 MB
 * of resident memory, and the API and the worker write PDFs rarely (agreements, certificates) or never.
 */
export async function loadPdfKit(): Promise<typeof import('pdfkit')> {
  return (await import('pdfkit')).default;
}
