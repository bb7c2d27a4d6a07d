import DataLoader, { type BatchLoadFn } from 'dataloader';

import type { Context } from '../context.js';

const byRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request (it hangs off the request's Loaders), for the
 * batched queries an area defines itself. Fields with the same key share it, so a list of parents
 * asking for the same field costs one round trip.
 */
export function requestLoader<K, V>(ctx: Context, key: string, batch: BatchLoadFn<K, V>): DataLoader<K, V> {
  let loaders = byRequest.get(ctx.loaders);
  if (loaders === undefined) {
    loaders = new Map();
    byRequest.set(ctx.loaders, loaders);
  }
  let loader = loaders.get(key) as DataLoader<K, V> | undefined;
  if (loader === undefined) {
    loader = new DataLoader(batch);
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
