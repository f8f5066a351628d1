/** A write refused by a UNIQUE constraint (SQLSTATE 23505): the row exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
