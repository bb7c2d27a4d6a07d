import { register } from 'node:module';

/**
 * OpenTelemetry traces to the OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT): a span per HTTP request,
 * Express middleware and GraphQL parse, validate, execute and resolver. Loaded only when an endpoint
 * is configured (src/main.ts imports it then, and only then), so a server without tracing loads
 * none of the SDK. Must run before the server's modules are imported: the instrumentations patch
 * http, express and graphql as they load.
 */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Paths that would only add noise to traces: probes and scrapes. */
export async function startTracing(quietPaths: readonly string[]): Promise<Tracing> {
  // The ESM loader hook the instrumentations need to see `import express from 'express'`.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [{ NodeSDK }, { HttpInstrumentation }, { ExpressInstrumentation }, { GraphQLInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-graphql'),
  ]);
  // The SDK would also export metrics and logs over OTLP by default; those go to /metrics and
  // stdout here. An operator who wants them over OTLP as well sets these variables.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'treaty-graph',
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => quietPaths.includes(req.url?.split('?')[0] ?? '') }),
      new ExpressInstrumentation(),
      // Trivial resolvers (a property read) would be most of the spans and none of the time.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
