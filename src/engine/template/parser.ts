import type { Command, Node, Operand, ParsedTemplate, Pipeline } from './ast';
import { ADJACENT, lex, TemplateSyntaxError, type Token } from './lexer';

export { TemplateSyntaxError };

/** Parses Go text/template source. Throws TemplateSyntaxError with Go-like messages. */
export function parse(src: string): ParsedTemplate {
  const tokens = lex(src);
  const defines = new Map<string, Node[]>();
  let pos = 0;
  const peek = (o = 0): Token | undefined => tokens[pos + o];
  const expect = (k: Token['k'], what: string): Token => {
    const t = tokens[pos++];
    if (!t || t.k !== k) throw new TemplateSyntaxError(`unexpected ${describe(t)} in ${what}`);
    return t;
  };
  const expectString = (what: string): string => {
    const t = tokens[pos++];
    if (t?.k !== 'string') throw new TemplateSyntaxError(`unexpected ${describe(t)} in ${what}`);
    return t.v;
  };

  /** Parses nodes until one of the keywords in `stop` opens an action; returns that keyword. */
  function list(stop: string[]): { nodes: Node[]; end: string } {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos];
      if (t?.k === 'text') {
        nodes.push({ t: 'text', text: t.v });
        pos++;
        continue;
      }
      expect('open', 'template');
      const kw = peek();
      const word = kw?.k === 'ident' ? kw.v : '';
      if (stop.includes(word)) {
        pos++;
        return { nodes, end: word };
      }
      nodes.push(action(word));
    }
    if (stop.length) throw new TemplateSyntaxError(`unexpected EOF`);
    return { nodes, end: '' };
  }

  function action(word: string): Node {
    switch (word) {
      case 'if':
      case 'with':
      case 'range': {
        pos++;
        const pipe = pipeline(word);
        expect('close', word);
        const body = list(['else', 'end']);
        let elseNodes: Node[] | null = null;
        if (body.end === 'else') {
          const nxt = peek();
          if (nxt?.k === 'ident' && (nxt.v === 'if' || nxt.v === 'with') && word !== 'range') {
            const kind = word;
            // `{{else if …}}` is an `if` nested in the else branch that shares our `{{end}}`.
            const inner = action(nxt.v);
            elseNodes = [inner];
            return { t: kind, pipe, body: body.nodes, else: elseNodes };
          }
          expect('close', 'else');
          elseNodes = list(['end']).nodes;
        }
        expect('close', 'end');
        return { t: word, pipe, body: body.nodes, else: elseNodes };
      }
      case 'end':
      case 'else':
        throw new TemplateSyntaxError(`unexpected {{${word}}}`);
      case 'break':
      case 'continue':
        pos++;
        expect('close', word);
        return { t: word };
      case 'define':
      case 'block': {
        pos++;
        const name = expectString(word);
        let pipe: Pipeline | null = null;
        if (word === 'block') pipe = pipeline('block');
        expect('close', word);
        const body = list(['end']);
        expect('close', 'end');
        defines.set(name, body.nodes);
        return word === 'block' ? { t: 'template', name, pipe } : { t: 'text', text: '' };
      }
      case 'template': {
        pos++;
        const name = expectString('template');
        const pipe = peek()?.k === 'close' ? null : pipeline('template');
        expect('close', 'template');
        return { t: 'template', name, pipe };
      }
      default: {
        const pipe = pipeline('command');
        expect('close', 'command');
        return { t: 'action', pipe };
      }
    }
  }

  function pipeline(ctx: string): Pipeline {
    const decl: string[] = [];
    let assign = false;
    const a = peek();
    if (a?.k === 'var') {
      const b = peek(1);
      const c = peek(2);
      const d = peek(3);
      if (b?.k === 'declare' || b?.k === 'assign') {
        decl.push(a.v);
        assign = b.k === 'assign';
        pos += 2;
      } else if (b?.k === 'comma' && c?.k === 'var' && (d?.k === 'declare' || d?.k === 'assign')) {
        decl.push(a.v, c.v);
        assign = d.k === 'assign';
        pos += 4;
      }
    }
    const cmds: Command[] = [];
    for (;;) {
      const args: Operand[] = [];
      while (peek() && !['close', 'pipe', 'rparen'].includes(peek()?.k ?? '')) args.push(operand());
      if (args.length === 0) throw new TemplateSyntaxError(`missing value for ${ctx}`);
      cmds.push({ args });
      if (peek()?.k !== 'pipe') break;
      pos++;
    }
    return { decl, assign, cmds };
  }

  function chainAfter(): string[] {
    const chain: string[] = [];
    for (let t = peek(); t?.k === 'field' && ADJACENT.has(t); t = peek()) {
      pos++;
      const v = t.v;
      if (v === '.') throw new TemplateSyntaxError('unexpected . after term');
      chain.push(v.slice(1));
    }
    return chain;
  }

  function operand(): Operand {
    const t = tokens[pos++];
    if (!t) throw new TemplateSyntaxError('unexpected EOF');
    switch (t.k) {
      case 'field': {
        const chain = t.v === '.' ? [] : [t.v.slice(1)];
        return { t: 'field', chain: [...chain, ...chainAfter()] };
      }
      case 'var':
        return { t: 'var', name: t.v, chain: chainAfter() };
      case 'ident':
        if (t.v === 'true' || t.v === 'false') return { t: 'bool', value: t.v === 'true' };
        if (t.v === 'nil') return { t: 'nil' };
        return { t: 'ident', name: t.v };
      case 'string':
        return { t: 'string', value: t.v };
      case 'char':
        return { t: 'number', value: t.v.codePointAt(0) ?? 0, isInt: true };
      case 'number': {
        const text = t.v.replace(/_/g, '');
        const isInt = /^[+-]?(0[xXbBoO])?[0-9a-fA-F]+$/.test(text) && !/^[+-]?\d*[eE]/.test(text);
        const value = /^[+-]?0[bB]/.test(text)
          ? parseInt(text.replace(/0[bB]/, ''), 2) * (text.startsWith('-') ? -1 : 1)
          : /^[+-]?0[oO]/.test(text)
            ? parseInt(text.replace(/0[oO]/, ''), 8)
            : Number(text);
        if (Number.isNaN(value)) throw new TemplateSyntaxError(`bad number syntax: "${t.v}"`);
        return { t: 'number', value, isInt };
      }
      case 'lparen': {
        const pipe = pipeline('parenthesized pipeline');
        expect('rparen', 'parenthesized pipeline');
        return { t: 'pipe', pipe, chain: chainAfter() };
      }
      default:
        throw new TemplateSyntaxError(`unexpected ${describe(t)} in operand`);
    }
  }

  const root = list([]).nodes;
  return { root, defines };
}

function describe(t: Token | undefined): string {
  if (!t) return 'EOF';
  if ('v' in t) return `"${t.v}"`;
  return (
    {
      open: '{{',
      close: '}}',
      pipe: '|',
      lparen: '(',
      rparen: ')',
      declare: ':=',
      assign: '=',
      comma: ',',
    }[t.k] ?? t.k
  );
}
