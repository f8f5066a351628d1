import { session } from '../../auth/session-store';

export interface ExportAnnounce {
  documents: number;
  documentBytes: number;
}

/**
 * Streams GET /api/me/export, reporting what the headers announce and the bytes received so far (the only honest
 * progress: the zip's final size is not known before its end), then saves it under the name the API gave.
 */
export async function downloadExport(
  onAnnounce: (announce: ExportAnnounce) => void,
  onProgress: (receivedBytes: number) => void,
): Promise<void> {
  const token = await session.freshAccessToken();
  const response = await fetch('/api/me/export', { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  onAnnounce({
    documents: Number(response.headers.get('x-export-documents') ?? 0),
    documentBytes: Number(response.headers.get('x-export-document-bytes') ?? 0),
  });
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received);
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'semsem-stages-data.zip';
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
