/**
 * The small error hierarchy every stage throws. Tests and the CLI check `code`,
 * never the wording; messages name the input and say what was expected.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'USAGE'
  | 'CONFIG'
  | 'STORE'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J'
  | 'QUERY';

export class GraphwireError extends Error {
  readonly code: ErrorCode;
  /** Exit code the CLI uses: 1 for usage or input, 2 for the environment. */
  readonly exitCode: 1 | 2;

  constructor(code: ErrorCode, message: string, exitCode: 1 | 2, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** A document, file, line or argument that is not what was expected. */
export class InvalidInputError extends GraphwireError {
  /** The file (or `-` for stdin) the bad input came from, when known. */
  readonly source: string | undefined;
  /** 1-based line number, for line-oriented formats. */
  readonly line: number | undefined;

  constructor(message: string, where?: { source?: string; line?: number; cause?: unknown }) {
    super('INVALID_INPUT', message, 1, { cause: where?.cause });
    this.source = where?.source;
    this.line = where?.line;
  }
}

export class UsageError extends GraphwireError {
  constructor(message: string) {
    super('USAGE', message, 1);
  }
}

export class ConfigError extends GraphwireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG', message, 2, options);
  }
}

/** The store cannot be opened, read or written. */
export class StoreError extends GraphwireError {
  readonly retriable: boolean;

  constructor(message: string, options?: { retriable?: boolean; cause?: unknown }) {
    super('STORE', message, 2, { cause: options?.cause });
    this.retriable = options?.retriable ?? false;
  }
}

export function isGraphwireError(err: unknown): err is GraphwireError {
  return err instanceof GraphwireError;
}

/** Neo4j cannot be reached or refuses the credentials. The message names the URI, never the password. */
export class Neo4jUnavailableError extends GraphwireError {
  readonly uri: string;

  constructor(uri: string, message: string, options?: { cause?: unknown }) {
    super('NEO4J_UNAVAILABLE', message, 2, options);
    this.uri = uri;
  }
}

/** Neo4j answered with an error that is not about reaching it. */
export class Neo4jError extends GraphwireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J', message, 2, options);
  }
}

/** A Cypher query the user gave that graphwire refuses or Neo4j rejects. */
export class QueryError extends GraphwireError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUERY', message, 1, options);
  }
}
