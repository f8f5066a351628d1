export const SYSTEM_QUEUE = 'system';

export enum SystemJob {
  Heartbeat = 'heartbeat',
}

export const HEARTBEAT_EVERY_MS = 15_000;
