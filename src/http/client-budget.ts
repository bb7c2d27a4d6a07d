import { HeaderMap } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import type { ClientBudgetConfig } from '../config.js';
import { writerOf } from './auth.js';
import { sendErrors } from './limits.js';

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Set on each request by the middleware, after throwing away any a client sent: how the operation's
 * cost, known only once Apollo has parsed and validated it, finds the budget to charge.
 */
const BUDGET_HEADER = 'x-treaty-graph-budget';

interface Account {
  limiter: RateLimiterMemory;
  key: string;
  max: number;
}

/**
 * A budget of query cost (src/http/complexity.ts) per client and window, as public research
 * endpoints give each client a budget of work per minute. A client is its IP address (the TCP peer,
 * or X-Forwarded-For as far as TREATY_GRAPH_TRUST_PROXY allows); a request with a valid write token
 * spends that token's budget instead. Every request costs at least 1, so refusals (parse errors,
 * limits) are not free; an operation then costs its estimated cost, charged before it runs; an
 * export costs as much as the largest operation allowed. Past the budget: 429, Retry-After, and a
 * GraphQL error RATE_LIMITED, until the window turns. In memory: each API process keeps its own.
 */
export class ClientBudget {
  private readonly clients: RateLimiterMemory | undefined;
  private readonly writers: RateLimiterMemory | undefined;

  constructor(
    private readonly config: ClientBudgetConfig,
    private readonly writeTokens: readonly string[],
  ) {
    const limiter = (points: number): RateLimiterMemory | undefined =>
      points === 0 ? undefined : new RateLimiterMemory({ points, duration: config.windowSeconds });
    this.clients = limiter(config.cost);
    this.writers = limiter(config.writerCost);
  }

  /**
   * Names the request's account, refuses the request when its budget is spent, and charges `cost`
   * (1 for GraphQL, whose operation is charged later by `charge`). `graphql`: answer as GraphQL does.
   */
  middleware(cost: number, style: 'graphql' | 'plain'): RequestHandler {
    return async (req, res, next) => {
      delete req.headers[BUDGET_HEADER];
      const writer = this.writers === undefined ? null : writerOf(req.get('authorization'), this.writeTokens);
      const account = writer === null ? `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}` : `writer:${writer}`;
      req.headers[BUDGET_HEADER] = account;
      const refusal = await this.spend(account, cost);
      if (refusal === undefined) {
        next();
        return;
      }
      res.set('retry-after', String(refusal.extensions.retryAfter));
      if (style === 'graphql') sendErrors(res, [refusal]);
      else refuse(res, refusal);
    };
  }

  /** Charges an operation's estimated cost to the account the middleware named; throws RATE_LIMITED past the budget. */
  async charge(cost: number, headers: HeaderMap | undefined): Promise<void> {
    const account = headers?.get(BUDGET_HEADER);
    // Operations run without HTTP (tests calling Apollo directly) have no account.
    if (account === undefined) return;
    // The middleware already took 1 for the request itself.
    const refusal = await this.spend(account, Math.max(cost - 1, 0));
    if (refusal !== undefined) throw refusal;
  }

  /** Charges an operation that came without HTTP headers (a subscription over WebSocket) to the client's address. */
  async chargeAddress(address: string, cost: number): Promise<void> {
    const refusal = await this.spend(`ip:${address}`, cost);
    if (refusal !== undefined) throw refusal;
  }

  private accountOf(name: string): Account | undefined {
    const writer = name.startsWith('writer:');
    const limiter = writer ? this.writers : this.clients;
    if (limiter === undefined) return undefined;
    return { limiter, key: name, max: writer ? this.config.writerCost : this.config.cost };
  }

  /** Takes `cost` from the account when it has that much left; otherwise the refusal, and nothing taken. */
  private async spend(name: string, cost: number): Promise<RateLimitedError | undefined> {
    const account = this.accountOf(name);
    if (account === undefined || cost === 0) return undefined;
    const spent = await account.limiter.get(account.key);
    if (cost <= account.max - (spent?.consumedPoints ?? 0)) {
      try {
        await account.limiter.consume(account.key, cost);
        return undefined;
      } catch (error) {
        // Another request of the same client took the rest meanwhile.
        if (error instanceof RateLimiterRes) return new RateLimitedError(account.max, this.config.windowSeconds, error.msBeforeNext);
        throw error;
      }
    }
    return new RateLimitedError(account.max, this.config.windowSeconds, spent?.msBeforeNext ?? this.config.windowSeconds * 1000);
  }
}

export class RateLimitedError extends GraphQLError {
  declare readonly extensions: { code: string; limit: string; max: number; windowSeconds: number; retryAfter: number; http: unknown };

  constructor(max: number, windowSeconds: number, msBeforeNext: number) {
    const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
    super(
      `budget limit exceeded: this client may spend ${max} of query cost every ${windowSeconds} s (extensions.queryCost tells what each answer cost); try again in ${retryAfter} s`,
      {
        extensions: {
          code: RATE_LIMITED,
          limit: 'budget',
          max,
          windowSeconds,
          retryAfter,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
        },
      },
    );
  }
}

function refuse(res: Response, error: RateLimitedError): void {
  res.status(429).json({ error: error.message, code: RATE_LIMITED });
}
