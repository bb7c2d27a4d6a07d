/**
 * A server runs its libraries in production mode unless the operator says otherwise, as the Docker
 * image does. Imported before anything loads graphql-js, which reads NODE_ENV once, when it loads:
 * outside production mode every `instanceof` check of its execution also looks for a second copy of
 * graphql-js (about 0.3 ms of CPU on a page of 100 treaty actions, profiled). What else reads it: the
 * WebSocket server closes a failed socket with "Internal server error" instead of the error's text,
 * and Express's last-resort error page leaves out the stack; Apollo's defaults that depend on it are
 * set explicitly (`src/http/app.ts`).
 */
process.env.NODE_ENV ??= 'production';
