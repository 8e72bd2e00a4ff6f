/**
 * What a submitted Workflow would print, predicted from its entrypoint template without running
 * anything: argument values are substituted into `{{inputs.parameters.x}}` / `{{workflow.parameters.x}}`
 * and a small reader understands `echo` in `sh -c` / `bash -c` scripts, `command: [echo]` and
 * script templates. Anything else is reported as not predictable rather than guessed.
 */
export interface WorkflowPrediction {
  /** The values reaching the entrypoint template's inputs, by name. */
  inputs: Record<string, string>;
  /** The container log lines, when every command could be read. */
  output: string[] | null;
  /** Why the output could not be predicted (or only partly). */
  note?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function predictWorkflowOutput(workflow: unknown): WorkflowPrediction | null {
  if (!isObj(workflow) || !isObj(workflow.spec)) return null;
  const spec = workflow.spec;
  const args =
    isObj(spec.arguments) && Array.isArray(spec.arguments.parameters)
      ? spec.arguments.parameters
      : [];
  // By parameter name: null-prototype, so `{{inputs.parameters.constructor}}` is only a parameter.
  const params = Object.create(null) as Record<string, string>;
  for (const p of args)
    if (isObj(p) && typeof p.name === 'string')
      params[p.name] =
        p.value === undefined
          ? ''
          : typeof p.value === 'string'
            ? p.value
            : JSON.stringify(p.value);
  const templates = Array.isArray(spec.templates) ? spec.templates.filter(isObj) : [];
  const entry = templates.find((t) => t.name === spec.entrypoint);
  if (!entry)
    return {
      inputs: {},
      output: null,
      note: spec.workflowTemplateRef
        ? 'the Workflow runs a WorkflowTemplate that is not in the design'
        : `no template named ${String(spec.entrypoint ?? '(no entrypoint)')}`,
    };
  const declared =
    isObj(entry.inputs) && Array.isArray(entry.inputs.parameters)
      ? entry.inputs.parameters.filter(isObj)
      : [];
  const inputs = Object.create(null) as Record<string, string>;
  for (const d of declared) {
    const name = String(d.name ?? '');
    inputs[name] =
      params[name] ??
      (typeof d.value === 'string' ? d.value : typeof d.default === 'string' ? d.default : '');
  }
  const fill = (text: string) =>
    text.replace(
      /\{\{\s*(inputs|workflow)\.parameters\.([\w-]+)\s*\}\}/g,
      (whole, scope: string, name: string) =>
        (scope === 'inputs' ? inputs[name] : params[name]) ?? whole,
    );
  const words = (v: unknown) => (Array.isArray(v) ? v.map((x) => fill(String(x))) : []);
  if (isObj(entry.container)) {
    const command = words(entry.container.command);
    const argv = words(entry.container.args);
    const all = [...command, ...argv];
    if (all.length >= 3 && /^(\/bin\/)?(ba)?sh$/.test(all[0]!) && all[1] === '-c')
      return { inputs, ...readShell(all.slice(2).join(' ')) };
    if (all[0] === 'echo') return { inputs, output: [all.slice(1).join(' ')] };
    return {
      inputs,
      output: null,
      note: all.length
        ? `cannot predict the output of \`${all.join(' ')}\``
        : 'the container runs its image’s default command',
    };
  }
  if (isObj(entry.script) && typeof entry.script.source === 'string') {
    const shell = words(entry.script.command)[0] ?? '';
    if (/(^|\/)(ba)?sh$/.test(shell)) return { inputs, ...readShell(fill(entry.script.source)) };
    return { inputs, output: null, note: `cannot predict a ${shell || 'script'} script` };
  }
  return {
    inputs,
    output: null,
    note:
      entry.steps || entry.dag
        ? 'the entrypoint runs steps or a DAG; open its templates to follow them'
        : 'the entrypoint template has no container or script',
  };
}

/** Reads `echo …` commands joined by `&&`, `;` or new lines; any other command stops the prediction. */
function readShell(script: string): { output: string[] | null; note?: string } {
  const output: string[] = [];
  // After `echo -n` the line stays open and the next echo continues it.
  let open = false;
  for (const raw of splitCommands(script)) {
    const cmd = raw.trim();
    if (!cmd) continue;
    const argv = shellWords(cmd);
    if (!argv || argv[0] !== 'echo')
      return {
        output: output.length ? output : null,
        note: `cannot predict the output of \`${cmd}\``,
      };
    const noNewline = argv[1] === '-n';
    const text = argv.slice(noNewline ? 2 : 1).join(' ');
    if (open) output[output.length - 1] += text;
    else output.push(text);
    open = noNewline;
  }
  return { output };
}

function splitCommands(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      cur += c;
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < script.length) cur += script[++i];
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if ((c === '&' && script[i + 1] === '&') || c === ';' || c === '\n') {
      out.push(cur);
      cur = '';
      if (c === '&') i++;
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Splits a command into words with shell quoting; null for anything beyond quotes (pipes, `$`, redirects). */
function shellWords(cmd: string): string[] | null {
  const words: string[] = [];
  let cur: string | null = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i]!;
    if (c === "'") {
      const end = cmd.indexOf("'", i + 1);
      if (end < 0) return null;
      cur = (cur ?? '') + cmd.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < cmd.length && cmd[j] !== '"'; j++) {
        if (cmd[j] === '$' || cmd[j] === '`') return null;
        if (cmd[j] === '\\' && j + 1 < cmd.length) s += cmd[++j];
        else s += cmd[j];
      }
      if (j >= cmd.length) return null;
      cur = (cur ?? '') + s;
      i = j;
    } else if (/\s/.test(c)) {
      if (cur !== null) words.push(cur);
      cur = null;
    } else if ('|<>$`(){}*?'.includes(c)) return null;
    else cur = (cur ?? '') + c;
  }
  if (cur !== null) words.push(cur);
  return words;
}
