/** A rebuild was asked for while another one holds the lock. */
export class RebuildAlreadyRunningError extends Error {
  constructor() {
    super('a rebuild of the search index is already running');
    this.name = 'RebuildAlreadyRunningError';
  }
}

/** The rebuild stopped before the swap; the alias still points at the previous index. */
export class RebuildFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RebuildFailedError';
  }
}
