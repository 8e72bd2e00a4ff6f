import { useContext } from 'react';
import type { GraphNode } from '../../domain/graph/designGraph';
import { docUrl } from '../../domain/schema/fieldModel';
import { formSections } from '../../domain/schema/formSections';
import { isPlainObject } from '../../lib/deepEqual';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { SchemaObjectFields } from './SchemaField';
import { useArgoSchema } from './useArgoSchema';

/** Every field of the node's part of the manifest, as forms generated from the Argo Events schema. */
export function SchemaSections({ node }: { node: GraphNode }) {
  const store = useContext(DesignerStoreContext);
  const doc = useArgoSchema();
  if (!store) return null;
  if (!doc) return <p className="field-hint">Loading the schema…</p>;
  const resource = { kind: resourceKind(node), name: node.name, namespace: node.namespace };
  const onSet = (path: (string | number)[], value: unknown) =>
    store.getState().dispatch({ type: 'setField', resource, path, value });
  const part = partValue(node);
  return (
    <>
      {formSections(doc, node).map((section, i) => {
        const value = walk(part, section.path.slice(node.origin.path.length));
        return (
          <details key={section.title} className="schema-section" open={i === 0}>
            <summary>
              {section.title}{' '}
              <a
                className="doc-link"
                href={docUrl(section.definition)}
                target="_blank"
                rel="noreferrer"
              >
                API reference
              </a>
            </summary>
            <SchemaObjectFields
              definition={section.definition}
              path={section.path}
              value={isPlainObject(value) ? value : {}}
              omit={section.omit}
              ctx={{ doc, owner: section.definition, onSet }}
            />
          </details>
        );
      })}
    </>
  );
}

function resourceKind(node: GraphNode): string {
  if (node.kind === 'eventBus' || node.kind === 'eventSource' || node.kind === 'sensor')
    return node.resourceKind;
  return node.kind === 'event' ? 'EventSource' : 'Sensor';
}

/** The value at the node's origin path: the manifest for resources, the item for events, dependencies and triggers. */
function partValue(node: GraphNode): unknown {
  if (node.kind === 'event') return node.config;
  if (node.kind === 'dependency' || node.kind === 'trigger') return node.value;
  return node.manifest;
}

function walk(value: unknown, path: (string | number)[]): unknown {
  let v = value;
  for (const seg of path)
    v =
      isPlainObject(v) || Array.isArray(v)
        ? (v as Record<string | number, unknown>)[seg]
        : undefined;
  return v;
}
