/** SQL for a timestamp as JavaScript's toISOString writes it (UTC, milliseconds), for documents built by Postgres. */
export const isoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
