import type { ExprError, ExprNode } from './ast';
import { BUILTIN_NAMES, PREDICATES } from './builtins';
import { isValidIdentifier, lex, type Token, type TokenKind } from './lexer';
import { BINARY, numberLiteral, UNARY } from './operators';

export type ParseResult = { ok: true; node: ExprNode } | { ok: false; error: ExprError };

/**
 * Parses an expr-lang expression as upstream's recursive-descent parser does (parser/parser.go):
 * the same precedence climbing, `not in`, `??` mixing rules, closures, pipes, `let`, slices and
 * optional chaining, and the first error with its location.
 */
export function parseExpr(input: string): ParseResult {
  const lexed = lex(input);
  if (!lexed.ok) return lexed;
  const p = new Parser(lexed.tokens);
  let node: ExprNode;
  try {
    node = p.expression(0);
  } catch (e) {
    // Only the JavaScript stack can run out here (thousands of nested brackets).
    if (e instanceof RangeError)
      return {
        ok: false,
        error: { message: 'the expression nests too deeply', line: 1, column: 0 },
      };
    throw e;
  }
  if (p.current.kind !== 'EOF') p.error(`unexpected token ${tokenString(p.current)}`);
  if (p.err) return { ok: false, error: p.err };
  return { ok: true, node };
}

/** Token.String(): `Identifier("foo")`, `EOF`. */
function tokenString(t: Token): string {
  return t.value === '' ? t.kind : `${t.kind}(${JSON.stringify(t.value)})`;
}

const NIL: ExprNode = { kind: 'nil', loc: { line: 0, column: 0 } };

class Parser {
  pos = 0;
  current: Token;
  err: ExprError | null = null;
  depth = 0;

  constructor(private readonly tokens: Token[]) {
    this.current = tokens[0]!;
  }

  error(message: string, token: Token = this.current): void {
    if (!this.err) this.err = { message, line: token.loc.line, column: token.loc.column };
  }

  next(): void {
    this.pos++;
    if (this.pos >= this.tokens.length) {
      this.error('unexpected end of expression');
      return;
    }
    this.current = this.tokens[this.pos]!;
  }

  is(kind: TokenKind, ...values: string[]): boolean {
    return (
      this.current.kind === kind && (values.length === 0 || values.includes(this.current.value))
    );
  }

  expect(kind: TokenKind, ...values: string[]): void {
    if (this.is(kind, ...values)) this.next();
    else this.error(`unexpected token ${tokenString(this.current)}`);
  }

  expression(precedence: number): ExprNode {
    if (precedence === 0 && this.is('Operator', 'let')) return this.letDeclaration();
    let left = this.primary();
    let prevOperator = '';
    let opToken = this.current;
    while (opToken.kind === 'Operator' && !this.err) {
      let negate = false;
      let notToken: Token | null = null;
      if (opToken.value === 'not') {
        this.next();
        notToken = this.current;
        negate = true;
        opToken = this.current;
      }
      const op = opToken.kind === 'Operator' ? BINARY.get(opToken.value) : undefined;
      if (!op || op.precedence < precedence) break;
      this.next();
      if (opToken.value === '|') {
        left = this.pipe(left);
      } else {
        if (prevOperator === '??' && opToken.value !== '??') {
          this.error(
            `Operator (${opToken.value}) and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.`,
            opToken,
          );
          break;
        }
        const right = this.expression(op.right ? op.precedence : op.precedence + 1);
        left = { kind: 'binary', operator: opToken.value, left, right, loc: opToken.loc };
        if (negate && notToken)
          left = { kind: 'unary', operator: 'not', node: left, loc: notToken.loc };
      }
      prevOperator = opToken.value;
      opToken = this.current;
    }
    if (precedence === 0) left = this.conditional(left);
    return left;
  }

  letDeclaration(): ExprNode {
    this.expect('Operator', 'let');
    const name = this.current;
    this.expect('Identifier');
    this.expect('Operator', '=');
    const value = this.expression(0);
    this.expect('Operator', ';');
    const expr = this.expression(0);
    return { kind: 'let', name: name.value, value, expr, loc: name.loc };
  }

  conditional(node: ExprNode): ExprNode {
    while (this.is('Operator', '?') && !this.err) {
      // Upstream never sets a conditional's location, so its runtime errors carry none.
      const loc = { line: 0, column: 0 };
      this.next();
      let exp1: ExprNode;
      let exp2: ExprNode;
      if (!this.is('Operator', ':')) {
        exp1 = this.expression(0);
        this.expect('Operator', ':');
        exp2 = this.expression(0);
      } else {
        this.next();
        exp1 = node;
        exp2 = this.expression(0);
      }
      node = { kind: 'conditional', cond: node, exp1, exp2, loc };
    }
    return node;
  }

  primary(): ExprNode {
    const token = this.current;
    if (token.kind === 'Operator') {
      const prec = UNARY.get(token.value);
      if (prec !== undefined) {
        this.next();
        const expr = this.expression(prec);
        return this.postfix({ kind: 'unary', operator: token.value, node: expr, loc: token.loc });
      }
    }
    if (this.is('Bracket', '(')) {
      this.next();
      const expr = this.expression(0);
      this.expect('Bracket', ')');
      return this.postfix(expr);
    }
    if (token.kind === 'Operator' && (token.value === '#' || token.value === '.')) {
      if (this.depth > 0) {
        let name = '';
        if (token.value === '#') {
          this.next();
          if (this.is('Identifier')) {
            name = this.current.value;
            this.next();
          }
        }
        return this.postfix({ kind: 'pointer', name, loc: token.loc });
      }
      this.error('cannot use pointer accessor outside closure');
    }
    return this.secondary();
  }

  secondary(): ExprNode {
    const token = this.current;
    let node: ExprNode;
    switch (token.kind) {
      case 'Identifier':
        this.next();
        if (token.value === 'true' || token.value === 'false')
          return { kind: 'bool', value: token.value === 'true', loc: token.loc };
        if (token.value === 'nil') return { kind: 'nil', loc: token.loc };
        node = this.call(token);
        break;
      case 'Number':
        this.next();
        return this.numberNode(token);
      case 'String':
        this.next();
        return { kind: 'string', value: token.value, loc: token.loc };
      default:
        if (this.is('Bracket', '[')) node = this.arrayLiteral(token);
        else if (this.is('Bracket', '{')) node = this.mapLiteral(token);
        else {
          this.error(`unexpected token ${tokenString(token)}`);
          node = { ...NIL, loc: token.loc };
        }
    }
    return this.postfix(node);
  }

  numberNode(token: Token): ExprNode {
    const r = numberLiteral(token.value, token.loc);
    if ('error' in r) this.error(r.error);
    return r.node;
  }

  call(token: Token): ExprNode {
    if (!this.is('Bracket', '(')) return { kind: 'identifier', name: token.value, loc: token.loc };
    const arity = PREDICATES.get(token.value);
    if (arity !== undefined) {
      this.expect('Bracket', '(');
      let args: ExprNode[];
      if (token.value === 'reduce') {
        args = [this.expression(0)];
        this.expect('Operator', ',');
        args.push(this.closure());
        if (this.is('Operator', ',')) {
          this.next();
          args.push(this.expression(0));
        }
      } else {
        args = [this.expression(0)];
        this.expect('Operator', ',');
        args.push(this.closure());
      }
      this.expect('Bracket', ')');
      return { kind: 'builtin', name: token.value, args, loc: token.loc };
    }
    if (BUILTIN_NAMES.has(token.value))
      return { kind: 'builtin', name: token.value, args: this.arguments(), loc: token.loc };
    const callee: ExprNode = { kind: 'identifier', name: token.value, loc: token.loc };
    return { kind: 'call', callee, args: this.arguments(), loc: token.loc };
  }

  closure(): ExprNode {
    const start = this.current;
    const braces = this.is('Bracket', '{');
    if (braces) this.next();
    this.depth++;
    const node = this.expression(0);
    this.depth--;
    if (braces) this.expect('Bracket', '}');
    return { kind: 'closure', node, loc: start.loc };
  }

  arrayLiteral(token: Token): ExprNode {
    const nodes: ExprNode[] = [];
    this.expect('Bracket', '[');
    while (!this.is('Bracket', ']') && !this.err) {
      if (nodes.length > 0) {
        this.expect('Operator', ',');
        if (this.is('Bracket', ']')) break;
      }
      nodes.push(this.expression(0));
    }
    this.expect('Bracket', ']');
    return { kind: 'array', nodes, loc: token.loc };
  }

  mapLiteral(token: Token): ExprNode {
    this.expect('Bracket', '{');
    const pairs: { key: ExprNode; value: ExprNode }[] = [];
    while (!this.is('Bracket', '}') && !this.err) {
      if (pairs.length > 0) {
        this.expect('Operator', ',');
        if (this.is('Bracket', '}')) break;
        if (this.is('Operator', ',')) this.error(`unexpected token ${tokenString(this.current)}`);
      }
      let key: ExprNode;
      if (this.is('Number') || this.is('String') || this.is('Identifier')) {
        key = { kind: 'string', value: this.current.value, loc: token.loc };
        this.next();
      } else if (this.is('Bracket', '(')) {
        key = this.expression(0);
      } else {
        this.error(
          `a map key must be a quoted string, a number, a identifier, or an expression enclosed in parentheses (unexpected token ${tokenString(this.current)})`,
        );
        key = { ...NIL, loc: token.loc };
      }
      this.expect('Operator', ':');
      pairs.push({ key, value: this.expression(0) });
    }
    this.expect('Bracket', '}');
    return { kind: 'map', pairs, loc: token.loc };
  }

  postfix(node: ExprNode): ExprNode {
    let t = this.current;
    while ((t.kind === 'Operator' || t.kind === 'Bracket') && !this.err) {
      if (t.value === '.' || t.value === '?.') {
        this.next();
        const prop = this.current;
        this.next();
        if (
          prop.kind !== 'Identifier' &&
          (prop.kind !== 'Operator' || !isValidIdentifier(prop.value))
        )
          this.error('expected name');
        const property: ExprNode = { kind: 'string', value: prop.value, loc: prop.loc };
        const optional = t.value === '?.';
        const isChain = node.kind === 'chain';
        const base = node.kind === 'chain' ? node.node : node;
        const member: ExprNode = { kind: 'member', node: base, property, optional, loc: prop.loc };
        node = this.is('Bracket', '(')
          ? { kind: 'call', callee: member, args: this.arguments(), loc: prop.loc }
          : member;
        if (isChain || optional) node = { kind: 'chain', node, loc: node.loc };
      } else if (t.value === '[') {
        this.next();
        if (this.is('Operator', ':')) {
          this.next();
          const to = this.is('Bracket', ']') ? null : this.expression(0);
          node = { kind: 'slice', node, from: null, to, loc: t.loc };
          this.expect('Bracket', ']');
        } else {
          const from = this.expression(0);
          if (this.is('Operator', ':')) {
            this.next();
            const to = this.is('Bracket', ']') ? null : this.expression(0);
            node = { kind: 'slice', node, from, to, loc: t.loc };
          } else {
            node = { kind: 'member', node, property: from, optional: false, loc: t.loc };
          }
          this.expect('Bracket', ']');
        }
      } else break;
      t = this.current;
    }
    return node;
  }

  pipe(node: ExprNode): ExprNode {
    const ident = this.current;
    this.expect('Identifier');
    const args: ExprNode[] = [node];
    if (PREDICATES.has(ident.value)) {
      this.expect('Bracket', '(');
      if (ident.value === 'reduce') {
        args.push(this.closure());
        if (this.is('Operator', ',')) {
          this.next();
          args.push(this.expression(0));
        }
      } else args.push(this.closure());
      this.expect('Bracket', ')');
      return { kind: 'builtin', name: ident.value, args, loc: ident.loc };
    }
    if (BUILTIN_NAMES.has(ident.value)) {
      args.push(...this.arguments());
      return { kind: 'builtin', name: ident.value, args, loc: ident.loc };
    }
    args.push(...this.arguments());
    const callee: ExprNode = { kind: 'identifier', name: ident.value, loc: ident.loc };
    return { kind: 'call', callee, args, loc: ident.loc };
  }

  arguments(): ExprNode[] {
    this.expect('Bracket', '(');
    const nodes: ExprNode[] = [];
    while (!this.is('Bracket', ')') && !this.err) {
      if (nodes.length > 0) this.expect('Operator', ',');
      nodes.push(this.expression(0));
    }
    this.expect('Bracket', ')');
    return nodes;
  }
}
