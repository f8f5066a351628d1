import { Role } from './role.enum';

/** The caller of a request, as the access-token guard established it. Ownership is checked by services. */
export interface AuthUser {
  id: string;
  role: Role;
  email: string;
  /** The session the access token belongs to (log-out revokes it). */
  sessionId: string;
}
