/** The parse tree of a Go text/template, as parsed by `parseTemplate`. */

export type Operand =
  | { t: 'field'; chain: string[] } // .A.B (chain [] = dot)
  | { t: 'var'; name: string; chain: string[] } // $x.A
  | { t: 'ident'; name: string } // a function name
  | { t: 'string'; value: string }
  | { t: 'number'; value: number; isInt: boolean }
  | { t: 'bool'; value: boolean }
  | { t: 'nil' }
  | { t: 'pipe'; pipe: Pipeline; chain: string[] }; // (pipeline).A

export interface Command {
  args: Operand[];
}

export interface Pipeline {
  decl: string[];
  /** `:=` declares, `=` assigns. */
  assign: boolean;
  cmds: Command[];
}

export type Node =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: Pipeline }
  | { t: 'if' | 'with'; pipe: Pipeline; body: Node[]; else: Node[] | null }
  | { t: 'range'; pipe: Pipeline; body: Node[]; else: Node[] | null }
  | { t: 'template'; name: string; pipe: Pipeline | null }
  | { t: 'break' }
  | { t: 'continue' };

export interface ParsedTemplate {
  root: Node[];
  defines: Map<string, Node[]>;
}
