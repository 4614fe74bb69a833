import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import nock from 'nock';
import { asGraphqlRequest, graphqlOperationId, graphqlProblems } from './github-graphql.ts';

/**
 * nock for https://api.github.com with GitHub's own OpenAPI description as the judge (renovate's
 * `httpMock`, stricter): every intercepted request must match an operation of the committed subset
 * (`test/fixtures/github/openapi-subset.json`) by method and path template, and its JSON body must
 * validate against that operation's request schema. A request no mock matches, an invalid body, or a
 * mock nobody used fails `done()`.
 */
export const githubApiUrl = 'https://api.github.com';

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly pattern: RegExp;
  readonly literalSegments: number;
  readonly bodyPointer?: string;
}

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly body: unknown;
}

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: InstanceType<typeof Ajv>) => void;

const spec = JSON.parse(readFileSync(new URL('../fixtures/github/openapi-subset.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; requestBody?: { content?: Record<string, unknown> } }>>;
};
// OpenAPI 3.0's `nullable` without a `type` (GitHub uses it beside oneOf) means nothing to ajv; drop it.
const dropBareNullable = (node: unknown): void => {
  if (Array.isArray(node)) return node.forEach(dropBareNullable);
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if ('nullable' in record && !('type' in record)) delete record.nullable;
  Object.values(record).forEach(dropBareNullable);
};
dropBareNullable(spec);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// GitHub's own format for `owner/name` (no standard meaning; the pattern beside it is what checks it).
ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
ajv.addSchema(spec, 'openapi-subset');

const pointer = (...segments: string[]) => `openapi-subset#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

const operations: Operation[] = Object.entries(spec.paths)
  .flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      // {path} (contents) and {ref} (git refs) may hold slashes; every other parameter is one segment.
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)'));
      return {
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId,
        pattern: new RegExp(`^${source}$`),
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        ...(operation.requestBody?.content?.['application/json'] ? { bodyPointer: pointer('paths', template, method, 'requestBody', 'content', 'application/json', 'schema') } : {}),
      };
    }),
  )
  .sort((a, b) => b.literalSegments - a.literalSegments);

/** The operation a request is, or a message saying why it is none. */
export function checkRequest(method: string, rawPath: string, body: unknown): { operationId: string } | { problem: string } {
  const path = decodeURIComponent(rawPath.split('?')[0]!);
  if (method.toUpperCase() === 'POST' && path === '/graphql') return checkGraphql(body);
  const operation = operations.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
  if (!operation) return { problem: `${method} ${path} matches no operation in the OpenAPI subset (add it to scripts/generate-openapi-subset.ts if Shopfloor really calls it)` };
  if (operation.bodyPointer && body !== undefined) {
    const validate = ajv.getSchema(operation.bodyPointer) ?? (ajv.addSchema({ $ref: operation.bodyPointer }, operation.bodyPointer), ajv.getSchema(operation.bodyPointer)!);
    if (!validate(body)) return { problem: `${method} ${operation.template} (${operation.operationId}) body is invalid: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}` };
  }
  return { operationId: operation.operationId };
}

/** `POST /graphql`: the document judged by GitHub's published schema, named after its operation and top-level fields. */
function checkGraphql(body: unknown): { operationId: string } | { problem: string } {
  const request = asGraphqlRequest(body);
  if (!request) return { problem: 'POST /graphql without a query' };
  const problems = graphqlProblems(request.query);
  return problems.length ? { problem: `POST /graphql: ${problems.join('; ')}\n  in: ${request.query}` } : { operationId: graphqlOperationId(request.query) };
}

/** A call that changes nothing: a GET, or a GraphQL query (a POST too). */
export const isRead = (call: Pick<RecordedCall, 'method' | 'operationId'>) => call.method === 'GET' || call.operationId.startsWith('graphql/query');

export interface GitHubApiMock {
  /** The nock scope to add interceptors to (`.get(...)`, `.post(...)`, ...). */
  readonly scope: nock.Scope;
  readonly calls: RecordedCall[];
  readonly problems: string[];
  /** Fails on any problem, unmatched request or unused mock; call it at the end of each test. */
  readonly done: () => void;
  /** Every call that is not a read (`isRead`): REST writes and GraphQL mutations. */
  readonly writes: () => RecordedCall[];
  /** Validates another scope's requests too (a persisted fake); its interceptors are not checked for use. */
  readonly attach: (other: nock.Scope) => void;
}

export function mockGitHubApi(): GitHubApiMock {
  nock.disableNetConnect();
  // Local servers under test (the webhook endpoint on 127.0.0.1) stay reachable; only GitHub is faked.
  nock.enableNetConnect('127.0.0.1');
  const calls: RecordedCall[] = [];
  const problems: string[] = [];
  const scope = nock(githubApiUrl);
  const check = (req: { method: string; path: string }, _interceptor: unknown, rawBody: string) => {
    const body = rawBody ? parseJson(rawBody) : undefined;
    let verdict: ReturnType<typeof checkRequest>;
    try {
      verdict = checkRequest(req.method, req.path, body);
    } catch (error) {
      verdict = { problem: `${req.method} ${req.path} could not be checked: ${(error as Error).message}` };
    }
    if ('problem' in verdict) problems.push(verdict.problem);
    else calls.push({ method: req.method, path: decodeURIComponent(req.path), operationId: verdict.operationId, body });
  };
  scope.on('request', check);
  const onNoMatch = (req: { method?: string; path?: string; href?: string; hostname?: string; host?: string }) => {
    if (String(req.hostname ?? req.host ?? req.href ?? '').includes('127.0.0.1')) return;
    problems.push(`no mock for ${req.method ?? '?'} ${req.href ?? req.path ?? '?'}`);
  };
  nock.emitter.on('no match', onNoMatch);
  return {
    scope,
    calls,
    problems,
    writes: () => calls.filter((call) => !isRead(call)),
    attach: (other) => void other.on('request', check),
    done: () => {
      nock.emitter.removeListener('no match', onNoMatch);
      const pending = scope.pendingMocks();
      nock.cleanAll();
      nock.enableNetConnect();
      const all = [...problems, ...pending.map((mock) => `mock never used: ${mock}`)];
      if (all.length) throw new Error(`GitHub API contract problems:\n- ${all.join('\n- ')}`);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
