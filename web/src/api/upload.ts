import { session } from '../auth/session-store';
import { ApiError } from './client';

/**
 * Multipart upload with progress (fetch reports none): XMLHttpRequest to the API's upload route.
 * Resolves with the created document, rejects with the API's problem details.
 */
export async function uploadDocument(
  requestId: string,
  kind: 'cv' | 'letter',
  file: File,
  onProgress: (fraction: number) => void,
): Promise<unknown> {
  const token = await session.freshAccessToken();
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/requests/${encodeURIComponent(requestId)}/documents`);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      const body = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error' }));
    xhr.send(form);
  });
}
