import { validate } from '@octokit/graphql-schema';
import { Kind, parse, valueFromASTUntyped, type FieldNode, type OperationDefinitionNode } from 'graphql';

/** A GraphQL request as GitHub receives it on `POST /graphql`. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** One top-level field of the operation: its name, its arguments with the variables filled in, and the field node. */
export interface GraphqlField {
  readonly name: string;
  /** The key of its value in `data` (the alias, else the name); also the `path` of its errors. */
  readonly key: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly node: FieldNode;
}

/** The body of `POST /graphql` as a request, or undefined when it is not one. */
export function asGraphqlRequest(body: unknown): GraphqlRequest | undefined {
  const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as { query?: unknown; variables?: unknown } | undefined;
  if (typeof parsed?.query !== 'string') return undefined;
  return { query: parsed.query, variables: (parsed.variables ?? {}) as Record<string, unknown> };
}

/**
 * The REST OpenAPI check's counterpart for GraphQL: the document against GitHub's published schema
 * (`@octokit/graphql-schema`). Every fake's `POST /graphql` goes through it (github-api.ts), so a
 * misspelt field, a wrong input type or an unknown mutation fails the test, whichever fake answers it.
 */
export function graphqlProblems(query: string): string[] {
  try {
    return validate(query).map((error) => `GraphQL document is invalid against GitHub's schema: ${String(error.message)}`);
  } catch (error) {
    return [`GraphQL document does not parse: ${(error as Error).message}`];
  }
}

function operationOf(query: string): OperationDefinitionNode {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('the GraphQL document has no operation');
  return operation;
}

/** The operation's kind and its top-level fields in document order (mutation fields run in that order, one after another). */
export function topLevelFields(request: GraphqlRequest): { readonly kind: string; readonly fields: readonly GraphqlField[] } {
  const operation = operationOf(request.query);
  const fields = operation.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD).map((node) => ({
    name: node.name.value, key: node.alias?.value ?? node.name.value, node,
    args: Object.fromEntries((node.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, request.variables as Record<string, unknown>)])),
  }));
  return { kind: operation.operation, fields };
}

/** How listings name a GraphQL call: `graphql/query repository`, `graphql/mutation createRef+createCommitOnBranch`. */
export function graphqlOperationId(query: string): string {
  const { kind, fields } = topLevelFields({ query, variables: {} });
  return `graphql/${kind} ${fields.map((field) => field.name).join('+')}`;
}

/** The arguments of the first field named `name` anywhere under `node` (through inline fragments), with the variables filled in. */
export function nestedFieldArgs(node: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | undefined {
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return Object.fromEntries((selection.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, variables as Record<string, unknown>)]));
    const inner = selection.kind === Kind.FIELD ? nestedFieldArgs(selection, name, variables) : selection.kind === Kind.INLINE_FRAGMENT ? nestedFieldArgs({ ...node, selectionSet: selection.selectionSet }, name, variables) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
