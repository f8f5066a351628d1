import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSignedIn } from './use-me';

/** Pages behind the log-in: an e-mailed link opened signed out goes to the log-in box, which returns here after. */
export function RequireLogin({ children }: { children: ReactNode }) {
  return useSignedIn() ? <>{children}</> : <ToSignIn />;
}

/** Sends a signed-out visitor to the log-in box with the path they wanted in `?next=` (kept across a reload). */
export function ToSignIn() {
  const location = useLocation();
  return <Navigate to={`/?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
}

/** The path to return to after log-in: only a path of this site (never `//host` or a full URL). */
export function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}
