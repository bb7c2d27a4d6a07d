import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler, Response } from 'express';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';

import type { QueryLimits } from '../config.js';
import { ErrorCode } from '../graph/errors.js';

/** The name each limit goes by in `extensions.limit`, stable for clients to switch on. */
export type LimitName =
  'depth' | 'aliases' | 'directives' | 'cost' | 'tokens' | 'documentSize' | 'bodySize' | 'pageSize' | 'transactionTimeout';

type QueryLimitName = Exclude<LimitName, 'pageSize' | 'transactionTimeout'>;

const CODES: Record<QueryLimitName, ErrorCode> = {
  depth: ErrorCode.QueryTooDeep,
  aliases: ErrorCode.TooManyAliases,
  directives: ErrorCode.TooManyDirectives,
  cost: ErrorCode.QueryTooComplex,
  tokens: ErrorCode.QueryTooLarge,
  documentSize: ErrorCode.QueryTooLarge,
  bodySize: ErrorCode.PayloadTooLarge,
};

function describe(limit: QueryLimitName, max: number, found: number | undefined): string {
  switch (limit) {
    case 'depth':
      return `depth limit exceeded: the query nests fields ${found ?? 'too many'} levels deep, at most ${max} allowed`;
    case 'aliases':
      return `aliases limit exceeded: the query uses ${found ?? 'too many'} aliases, at most ${max} allowed`;
    case 'directives':
      return `directives limit exceeded: the query uses ${found ?? 'too many'} directives, at most ${max} allowed`;
    case 'cost':
      return `cost limit exceeded: the query's estimated cost is ${found ?? 'too high to count'}, at most ${max} allowed (page sizes multiply: ask for smaller pages or fewer nested lists)`;
    case 'tokens':
      return `tokens limit exceeded: the document has more than ${max} tokens`;
    case 'documentSize':
      return `documentSize limit exceeded: the document has ${found} characters, at most ${max} allowed`;
    case 'bodySize':
      return `bodySize limit exceeded: the request body is larger than ${max} bytes`;
  }
}

/**
 * A request refused before any Cypher runs. The message and `extensions.limit` name the limit,
 * `extensions.max` gives its value and `extensions.found` what the request had, when known.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: QueryLimitName,
    readonly max: number,
    readonly found?: number,
  ) {
    super(describe(limit, max, found), {
      extensions: {
        code: CODES[limit],
        limit,
        max,
        ...(found === undefined ? {} : { found }),
        http: { status: limit === 'bodySize' ? 413 : 400 },
      },
    });
    this.name = 'QueryLimitError';
  }
}

/** graphql-armor phrases its rejections "… limit of N exceeded, found M."; M is what the client needs. */
function foundIn(error: GraphQLError): number | undefined {
  const match = /found (\d+)/.exec(error.message);
  return match === null ? undefined : Number(match[1]);
}

export interface ArmorProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * Depth, aliases and directives as graphql-armor validation rules, each rejection reported as our
 * QueryLimitError. Armor's own cost and token limits stay off: cost is ours (page sizes multiply,
 * src/http/complexity.ts) and tokens are counted before Apollo parses (documentLimits). Field
 * suggestions ("Did you mean …") reveal the schema, so they go when introspection does.
 */
export function armorProtection(limits: QueryLimits, introspection: boolean): ArmorProtection {
  const reject =
    (limit: 'depth' | 'aliases' | 'directives', max: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(new QueryLimitError(limit, max, foundIn(error)));
    };
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      // Explorers send the standard introspection query, which is deeper than any data query needs.
      ignoreIntrospection: true,
      // Inline fragments (`... on Person`) are how a Node is read: they are not a level of nesting.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject('depth', limits.maxDepth)],
    },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject('aliases', limits.maxAliases)] },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('directives', limits.maxDirectives)],
    },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  });
  // graphql-armor's CommonJS typings name Apollo's and graphql's types from another module graph.
  return armor.protect() as unknown as ArmorProtection;
}

/** The GraphQL document of a request as Apollo will read it: `query` of a JSON body, or of the URL for GET. */
function documentOf(body: unknown, url: string): unknown {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return (body as { query?: unknown }).query;
  const search = url.indexOf('?');
  return search === -1 ? undefined : new URLSearchParams(url.slice(search + 1)).get('query');
}

/** Documents already counted, per token limit; a bound, since any client can send new texts. */
const TOKEN_VERDICTS = 512;
const tokenVerdicts = new Map<string, boolean>();

/**
 * Counts tokens as graphql-js's parser does (comments and the end excluded), stopping past the limit.
 * Clients send the same few documents again and again: each text is lexed once, not per request.
 */
export function exceedsTokens(document: string, max: number): boolean {
  const key = `${max}:${document}`;
  const known = tokenVerdicts.get(key);
  if (known !== undefined) return known;
  const verdict = countExceeds(document, max);
  if (tokenVerdicts.size >= TOKEN_VERDICTS) tokenVerdicts.clear();
  tokenVerdicts.set(key, verdict);
  return verdict;
}

function countExceeds(document: string, max: number): boolean {
  const lexer = new Lexer(new Source(document));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      tokens += 1;
      if (tokens > max) return true;
    }
  } catch {
    // A lexical error: the parser reports it with its location.
  }
  return false;
}

/** The size and token limits, checked before Apollo spends any work parsing a document. */
export function checkDocument(document: string, limits: QueryLimits): QueryLimitError | undefined {
  if (document.length > limits.maxDocumentChars) {
    return new QueryLimitError('documentSize', limits.maxDocumentChars, document.length);
  }
  if (exceedsTokens(document, limits.maxTokens)) return new QueryLimitError('tokens', limits.maxTokens);
  return undefined;
}

/** Errors refused outside Apollo, in the shape of a GraphQL response so clients read them the same way. */
export function sendErrors(res: Response, errors: GraphQLError[]): void {
  const status = (errors[0]?.extensions.http as { status?: number } | undefined)?.status ?? 400;
  const body = {
    errors: errors.map((error) => {
      const { http: _http, ...extensions } = error.extensions;
      return { message: error.message, extensions };
    }),
  };
  // Answered before Apollo, so its plugins never see these; the metrics read them from here.
  res.locals.graphqlErrorCodes = body.errors.map((error) => error.extensions.code);
  res.status(status).type('application/json').send(JSON.stringify(body));
}

export function documentLimits(limits: QueryLimits): RequestHandler {
  return (req, res, next) => {
    const document = documentOf(req.body, req.originalUrl);
    const error = typeof document === 'string' ? checkDocument(document, limits) : undefined;
    if (error === undefined) next();
    else sendErrors(res, [error]);
  };
}
