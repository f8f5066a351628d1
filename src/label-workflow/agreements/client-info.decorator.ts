import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';

/** Where an act without an account came from, kept in the audit of a signature. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** `req.ip`: the client's address, behind the reverse proxies TRUST_PROXY names (the socket's address by default). */
export const CurrentClient = createParamDecorator((_: unknown, context: ExecutionContext): ClientInfo => {
  const request = context.switchToHttp().getRequest<Request>();
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: userAgent ? userAgent.slice(0, 500) : null };
});
