import { session } from '../auth/session-store';

/**
 * Opens a protected file (CV, letter) in a new tab: the download needs the bearer token, which a plain link
 * cannot carry, so the file is fetched and shown from a blob URL.
 */
export async function openDocument(url: string): Promise<void> {
  const tab = window.open('', '_blank');
  const token = await session.freshAccessToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    tab?.close();
    throw new Error(`HTTP ${response.status}`);
  }
  const blobUrl = URL.createObjectURL(await response.blob());
  if (tab) tab.location.href = blobUrl;
  else window.location.href = blobUrl;
}
