/**
 * The signed-in session: the token pair from /api/auth/login kept in localStorage so a reload or a link from an
 * e-mail opens signed in. The access token is renewed with the refresh token shortly before it expires.
 */
interface StoredSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

const KEY = 'semsem.session';
const listeners = new Set<() => void>();
let refreshing: Promise<string | null> | null = null;

function read(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

function write(value: StoredSession | null): void {
  if (value) localStorage.setItem(KEY, JSON.stringify(value));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

async function renew(stored: StoredSession): Promise<string | null> {
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: stored.refreshToken }),
  });
  if (!response.ok) {
    write(null);
    return null;
  }
  const pair = (await response.json()) as { accessToken: string; refreshToken: string; expiresIn: number };
  session.save(pair);
  return pair.accessToken;
}

export const session = {
  signedIn: () => read() !== null,
  save(pair: { accessToken: string; refreshToken: string; expiresIn: number }) {
    write({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: Date.now() + pair.expiresIn * 1000,
    });
  },
  clear: () => write(null),
  refreshToken: () => read()?.refreshToken ?? null,
  async freshAccessToken(): Promise<string | null> {
    const stored = read();
    if (!stored) return null;
    if (stored.expiresAt - Date.now() > 15_000) return stored.accessToken;
    refreshing ??= renew(stored).finally(() => (refreshing = null));
    return refreshing;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
