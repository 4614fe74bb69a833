/**
 * The slice of GitHub Actions expressions (https://docs.github.com/actions/reference/evaluate-expressions-in-workflows-and-actions)
 * the Shopfloor workflow templates use: context paths (`github.event.pull_request.head.sha`, `secrets.X`),
 * string, number and boolean literals, `!`, `==`, `!=` (strings compared case-insensitively), `&&` and `||`
 * (which return an operand, as GitHub's do) and parentheses. Anything else throws, so a template that
 * starts using more fails its test instead of being evaluated wrongly.
 */
export type ExpressionContext = Readonly<Record<string, unknown>>;

type Token = { readonly kind: 'op' | 'string' | 'number' | 'word'; readonly text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\|\||&&|==|!=|!|\(|\)|\.|,)|'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*))/y;
  let at = 0;
  while (at < source.trimEnd().length) {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new Error(`cannot read the expression "${source}" at "${source.slice(at)}"`);
    at = pattern.lastIndex;
    if (match[1]) tokens.push({ kind: 'op', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'string', text: match[2].replace(/''/g, "'") });
    else if (match[3]) tokens.push({ kind: 'number', text: match[3] });
    else tokens.push({ kind: 'word', text: match[4]! });
  }
  return tokens;
}

const truthy = (value: unknown) => !(value === undefined || value === null || value === false || value === '' || value === 0);
const equal = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : (a ?? null) === (b ?? null));

/** Evaluates one expression (the text inside `${{ }}`) against `context`. */
export function evaluateExpression(source: string, context: ExpressionContext): unknown {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at]?.text;
  const take = (text?: string) => {
    const token = tokens[at++];
    if (!token || (text !== undefined && token.text !== text)) throw new Error(`expected ${text ?? 'more'} in "${source}"`);
    return token;
  };
  const or = (): unknown => {
    let value = and();
    while (peek() === '||') { take(); const right = and(); value = truthy(value) ? value : right; }
    return value;
  };
  const and = (): unknown => {
    let value = compare();
    while (peek() === '&&') { take(); const right = compare(); value = truthy(value) ? right : value; }
    return value;
  };
  const compare = (): unknown => {
    const left = unary();
    if (peek() !== '==' && peek() !== '!=') return left;
    const op = take().text;
    const right = unary();
    return op === '==' ? equal(left, right) : !equal(left, right);
  };
  const unary = (): unknown => (peek() === '!' ? (take(), !truthy(unary())) : primary());
  const primary = (): unknown => {
    const token = take();
    if (token.text === '(' && token.kind === 'op') { const value = or(); take(')'); return value; }
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.kind !== 'word') throw new Error(`unexpected "${token.text}" in "${source}"`);
    if (token.text === 'true' || token.text === 'false') return token.text === 'true';
    if (token.text === 'null') return null;
    if (peek() === '(') throw new Error(`functions (${token.text}) are not supported by this evaluator: "${source}"`);
    if (!(token.text in context)) throw new Error(`unknown context "${token.text}" in "${source}"`);
    let value: unknown = context[token.text];
    while (peek() === '.') {
      take();
      const name = take().text;
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected "${peek()}" in "${source}"`);
  return value;
}

/** A `with:`/`if:` value with every `${{ }}` evaluated; a value that is one whole expression keeps its type. */
export function evaluateValue(text: string, context: ExpressionContext): unknown {
  const whole = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(text);
  if (whole && !whole[1]!.includes('}}')) return evaluateExpression(whole[1]!, context);
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_m, expression: string) => {
    const value = evaluateExpression(expression, context);
    return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/** As a runner passes an input: `null`/missing becomes the empty string. */
export function asInput(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
