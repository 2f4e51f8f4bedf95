/** Runs one parameterised statement. Values are always passed as `$1, $2, …`, never put into the SQL text. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/**
 * The one small interface both engines implement: PGlite (embedded) and PostgreSQL. The SQL is
 * the same for both; `query` resolves only after the statement has committed (each statement
 * outside `transaction` is its own transaction).
 */
export interface Storage extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  /** Finishes writing and lets go of the database. */
  close(): Promise<void>;
}
