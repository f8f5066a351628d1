import { Navigate, useLocation } from 'react-router-dom';

/** The path a signed-out visitor wanted (an e-mailed link), carried to the log-in box and back after it. */
export interface WantedPath {
  from?: string;
}

/** Sends a signed-out visitor to the log-in box, remembering where they were going. */
export function ToSignIn() {
  const location = useLocation();
  return <Navigate to="/" replace state={{ from: `${location.pathname}${location.search}` } satisfies WantedPath} />;
}

/** The remembered path, if it is one of ours (a path, not another site). */
export function wantedPath(state: unknown): string | null {
  const from = (state as WantedPath | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/' ? from : null;
}
