import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind, parse, type DocumentNode } from 'graphql';

import { ErrorCode } from '../api/shared/errors.js';
import { documentShape } from './document-shape.js';
import { requestScopeOf } from './request-id.js';

export interface DocumentLimits {
  /** Most lexical tokens a document may have: parsing stops past it (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Most fields one selection set may select, fragments spread into it included (MAX_SELECTION_FIELDS). */
  maxSelectionFields: number;
  /** Most fragment spreads one selection set may hold (MAX_SELECTION_SPREADS). */
  maxSelectionSpreads: number;
  /** Most same-named field pairs validation may have to compare (MAX_OVERLAPPING_FIELD_PAIRS). */
  maxOverlappingFieldPairs: number;
}

/** A refusal: QUERY_TOO_COMPLEX, its message, and the measured value and the limit as extensions. */
export interface DocumentRefusal {
  message: string;
  extensions: Record<string, number>;
}

/**
 * Checks a query text against the limits that must hold before graphql-js validates it (see
 * document-shape.ts for why validation needs them). Returns the refusal, or null when the query
 * is within them or is not GraphQL (Apollo's own parse then reports the syntax error as usual).
 */
export function checkDocument(query: string, limits: DocumentLimits): DocumentRefusal | null {
  const scan = scanTokens(query);
  if (scan.tokens > limits.maxTokens) {
    return {
      message: `Query has ${scan.tokens} tokens; the limit is ${limits.maxTokens}.`,
      extensions: { tokens: scan.tokens, maxTokens: limits.maxTokens },
    };
  }
  if (scan.nesting > MAX_NESTING) {
    return {
      message: `Query is nested ${scan.nesting} levels deep (braces, brackets and parentheses); the limit is ${MAX_NESTING}.`,
      extensions: { nesting: scan.nesting, maxNesting: MAX_NESTING },
    };
  }
  let document: DocumentNode;
  try {
    document = parse(new Source(query), { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  const shape = documentShape(document, {
    selectionFields: limits.maxSelectionFields,
    selectionSpreads: limits.maxSelectionSpreads,
  });
  if (shape.selectionSpreads > limits.maxSelectionSpreads) {
    return {
      message: `A selection spreads ${shape.selectionSpreads} fragments; the limit is ${limits.maxSelectionSpreads}.`,
      extensions: {
        selectionSpreads: shape.selectionSpreads,
        maxSelectionSpreads: limits.maxSelectionSpreads,
      },
    };
  }
  if (shape.selectionFields > limits.maxSelectionFields) {
    return {
      message: `A selection has ${shape.selectionFields} fields (fragments spread into it included); the limit is ${limits.maxSelectionFields}.`,
      extensions: { selectionFields: shape.selectionFields, maxSelectionFields: limits.maxSelectionFields },
    };
  }
  if (shape.overlappingFieldPairs > limits.maxOverlappingFieldPairs) {
    const pairs = Math.round(shape.overlappingFieldPairs);
    return {
      message: `Query repeats fields so often that checking they merge takes ${pairs} comparisons; the limit is ${limits.maxOverlappingFieldPairs}. Select each field once per selection.`,
      extensions: { overlappingFieldPairs: pairs, maxOverlappingFieldPairs: limits.maxOverlappingFieldPairs },
    };
  }
  return null;
}

/**
 * How deeply `{`, `[` and `(` may nest. Why a limit before parsing: graphql-js parses and
 * validates recursively, so a document nested a few thousand levels deep (`[[[[…`, `{a{a{a…`)
 * overflows the stack ("Maximum call stack size exceeded") and a few hundred already cost
 * validation a fifth of a second. No operation within MAX_QUERY_DEPTH (at most 100) needs more.
 */
export const MAX_NESTING = 128;

/**
 * The document's lexical tokens (what parse's `maxTokens` counts) and its deepest nesting, read
 * to the end: the count reported is the real one. Stops counting at a lexical error (the parse
 * then reports it).
 */
function scanTokens(query: string): { tokens: number; nesting: number } {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens++;
      if (
        token.kind === TokenKind.BRACE_L ||
        token.kind === TokenKind.BRACKET_L ||
        token.kind === TokenKind.PAREN_L
      )
        nesting = Math.max(nesting, ++depth);
      else if (
        token.kind === TokenKind.BRACE_R ||
        token.kind === TokenKind.BRACKET_R ||
        token.kind === TokenKind.PAREN_R
      )
        depth--;
    }
  } catch {
    // A lexical error: the parse reports it.
  }
  return { tokens, nesting };
}

/**
 * Express middleware in front of Apollo on /graphql: a query (POST body or GET parameter) over
 * one of the limits is answered 400 QUERY_TOO_COMPLEX here, before Apollo parses and validates
 * it. Why not an Apollo plugin: no plugin hook between parsing and validation can answer the
 * request (an error thrown there becomes a 500), and validation is the cost to avoid.
 */
export function documentLimitsMiddleware(limits: DocumentLimits): RequestHandler {
  return (req, res, next) => {
    const query = queryOf(req.method === 'GET' ? req.query : req.body);
    if (query === undefined) return next();
    const refusal = checkDocument(query, limits);
    if (!refusal) return next();
    const { message, extensions } = refusal;
    requestScopeOf(res)?.errors.push({ code: ErrorCode.QUERY_TOO_COMPLEX, message });
    res.status(400).json({
      errors: [
        {
          message,
          extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extensions, requestId: res.locals.requestId },
        },
      ],
    });
  };
}

function queryOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const query = (body as { query?: unknown }).query;
  return typeof query === 'string' && query.length > 0 ? query : undefined;
}
