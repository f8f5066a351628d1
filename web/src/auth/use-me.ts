import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, call } from '../api/client';
import { session } from './session-store';

/** Whether a session is stored; re-renders on log-in and log-out. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.signedIn);
}

/** The signed-in user (GET /api/me), or undefined when nobody is signed in. */
export function useMe() {
  const signedIn = useSignedIn();
  return useQuery({ queryKey: ['me', signedIn], enabled: signedIn, queryFn: () => call(api.GET('/me')) });
}
