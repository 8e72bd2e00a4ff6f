import {
  isArgoEventsDocument,
  listManifests,
  parseDesign,
  type DesignFile,
} from '../design/design';
import { parseManifests } from '../yaml/parseManifests';
import { parseNodeId, nodeId } from '../graph/ids';
import { ensureObject, isJsonObject } from '../manifest/jsonValue';
import { structuredCopy, uniqueName } from './documentEdits';
import { appendResource, type NewResourceFile } from './newResourceFile';
import type { EditResult } from './designEdits';

/** The YAML text of the resource a node belongs to, as written (comments included), for the clipboard. */
export function copyResourceText(files: readonly DesignFile[], id: string): string | null {
  const n = parseNodeId(id);
  if (!n) return null;
  const kind =
    n.kind === 'eventBus'
      ? 'EventBus'
      : n.kind === 'eventSource' || n.kind === 'event'
        ? 'EventSource'
        : 'Sensor';
  const parsed = parseDesign(files);
  const m = listManifests(parsed).find(
    (x) => x.kind === kind && x.name === n.name && (x.namespace ?? '') === n.namespace,
  );
  if (!m) return null;
  const text = parsed[m.fileIndex]?.parsed.text.slice(m.doc.range[0], m.doc.range[1]) ?? '';
  return text.replace(/^---[^\n]*\n/, '');
}

/**
 * Pastes manifests from the clipboard: every Argo Events resource is added, renamed `<name>-copy`
 * (then -copy-2…) when its name is taken. Text that is not YAML manifests is refused with a reason.
 */
export function pasteManifests(
  files: readonly DesignFile[],
  text: string,
  into?: NewResourceFile,
): EditResult {
  const parsed = parseManifests(text);
  const problem = parsed.problems[0] ?? parsed.documents.flatMap((d) => d.problems)[0];
  if (problem)
    return {
      ok: false,
      reason: `the clipboard does not hold valid YAML (line ${problem.line}: ${problem.message})`,
    };
  const docs = parsed.documents.flatMap((d) =>
    isArgoEventsDocument(d) && isJsonObject(d.value) ? [{ kind: d.kind, value: d.value }] : [],
  );
  if (docs.length === 0)
    return { ok: false, reason: 'the clipboard holds no EventSource, Sensor or EventBus' };
  let out = [...files];
  let file: string | undefined;
  let select: ReturnType<typeof nodeId> | undefined;
  for (const d of docs) {
    const value = structuredCopy(d.value);
    const meta = ensureObject(value, 'metadata');
    const taken = listManifests(parseDesign(out))
      .filter((m) => m.kind === d.kind)
      .map((m) => m.name);
    const base = typeof meta.name === 'string' ? meta.name : 'pasted';
    const name = taken.includes(base) ? uniqueName(`${base}-copy`, taken) : base;
    meta.name = name;
    // With `own-file`, each pasted resource gets its own file; otherwise they all go to one.
    const placed = appendResource(out, value, into === 'own-file' || !file ? into : { file });
    out = placed.files;
    file ??= placed.file;
    select = nodeId({
      kind:
        d.kind === 'EventBus' ? 'eventBus' : d.kind === 'EventSource' ? 'eventSource' : 'sensor',
      namespace: typeof meta.namespace === 'string' ? meta.namespace : '',
      name,
    });
  }
  return { ok: true, files: out, ...(select ? { select } : {}), ...(file ? { file } : {}) };
}
