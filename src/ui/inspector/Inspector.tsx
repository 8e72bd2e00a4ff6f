import { useContext } from 'react';
import type { GraphNode } from '../../domain/graph/designGraph';
import { deleteNode } from '../../domain/edit/designEdits';
import { renameNode } from '../../domain/edit/renameNode';
import { parameterListKey, readParameters, setConditions, setParameters } from '../../domain/edit/triggerEdits';
import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { lookupTriggerType } from '../../domain/catalog/triggerTypes';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { KIND_LABEL } from '../nodes/kindLabels';
import { CommitField } from './CommitField';
import { ParametersEditor } from './ParametersEditor';
import { ScalarFields } from './ScalarFields';
import { DataFiltersEditor } from './DataFiltersEditor';
import { readDataFilters, setDataFilters } from '../../domain/edit/dependencyEdits';
import { sampleEventFor } from './sampleEvent';
import { setField } from '../../domain/edit/setField';
import { isPlainObject } from '../../lib/deepEqual';

/** Forms for the selected node: its name, and for triggers their conditions and parameter mappings. */
export function Inspector() {
  const store = useContext(DesignerStoreContext);
  const graph = useDesignerStore(selectGraph);
  const selected = useDesignerStore((s) => s.selectedNodeId);
  const node = graph.nodes.find((n) => n.id === selected);
  if (!store) return null;
  if (!node) {
    // The panel keeps its size when nothing is selected, so the YAML below never jumps.
    return (
      <section className="inspector" aria-label="Inspector">
        <header className="panel-header">
          <h2>Inspector</h2>
        </header>
        <p className="inspector-empty">Select a node on the canvas or in the YAML to edit it.</p>
      </section>
    );
  }
  const apply = store.getState().applyEdit;
  const kind = KIND_LABEL[node.kind];
  return (
    <section className="inspector" aria-label="Inspector">
      <header className="panel-header">
        <h2>{kind}</h2>
        <span className="file-name">{docLink(node)}</span>
      </header>
      <div className="inspector-body">
        <CommitField label="Name" value={nameOf(node)} onCommit={(name) => apply((f) => renameNode(f, node.id, name))} />
        {node.kind === 'dependency' && (
          <>
            <p className="field-hint">
              Listens to <strong>{node.eventSourceName}</strong> / <strong>{node.eventName}</strong>.
            </p>
            <DependencyFilters node={node} />
          </>
        )}
        {node.kind === 'event' && (
          <ScalarFields resource={{ kind: 'EventSource', name: node.name, namespace: node.namespace }} path={['spec', node.sourceType, node.eventName]} value={node.config} first={lookupEventSourceType(node.sourceType)?.required.flatMap((r) => r.split('|')) ?? []} />
        )}
        {node.kind === 'eventBus' && node.types[0] && (
          <ScalarFields resource={{ kind: 'EventBus', name: node.name, namespace: node.namespace }} path={['spec', node.types[0]]} value={(node.manifest.spec as Record<string, unknown> | undefined)?.[node.types[0]]} first={['version', 'url']} />
        )}
        {node.kind === 'trigger' && <TriggerFields node={node} />}
        <button type="button" className="danger" onClick={() => apply((f) => deleteNode(f, node.id))}>
          Delete {kind.toLowerCase()}
        </button>
      </div>
    </section>
  );
}

function TriggerFields({ node }: { node: Extract<GraphNode, { kind: 'trigger' }> }) {
  const store = useContext(DesignerStoreContext);
  const graph = useDesignerStore(selectGraph);
  if (!store) return null;
  const apply = store.getState().applyEdit;
  const deps = graph.nodes.flatMap((n) => (n.kind === 'dependency' && n.name === node.name && n.namespace === node.namespace ? [n.dependencyName] : []));
  const template = (node.value.template ?? {}) as { conditions?: unknown };
  return (
    <>
      <CommitField
        label="Conditions"
        value={typeof template.conditions === 'string' ? template.conditions : ''}
        placeholder={deps.join(' && ') || 'all dependencies'}
        hint={`Dependencies: ${deps.join(', ') || 'none yet'}. Use && and ||; empty means all of them.`}
        onCommit={(text) => apply((f) => setConditions(f, node.id, text))}
      />
      {node.triggerType && <TriggerSpecFields node={node} />}
      {node.triggerType && (
        <ParametersEditor rows={readParameters(node.value)} dependencies={deps} listName={parameterListKey(node.triggerType)} onChange={(rows) => apply((f) => setParameters(f, node.id, rows))} />
      )}
    </>
  );
}

function nameOf(node: GraphNode): string {
  if (node.kind === 'event') return node.eventName;
  if (node.kind === 'dependency') return node.dependencyName;
  if (node.kind === 'trigger') return node.triggerName;
  return node.name;
}

function docLink(node: GraphNode) {
  const info = node.kind === 'event' ? lookupEventSourceType(node.sourceType) : node.kind === 'trigger' && node.triggerType ? lookupTriggerType(node.triggerType) : undefined;
  if (!info) return null;
  return (
    <a href={info.docUrl} target="_blank" rel="noreferrer">
      {info.label} docs
    </a>
  );
}

/** The trigger type's own scalar settings (url, operation…) and, for resources, the name prefix. */
function TriggerSpecFields({ node }: { node: Extract<GraphNode, { kind: 'trigger' }> }) {
  const store = useContext(DesignerStoreContext);
  const type = node.triggerType ?? '';
  const template = (node.value.template ?? {}) as Record<string, unknown>;
  const spec = template[type];
  const triggerIndex = node.origin.path[2] as number;
  const resource = { kind: 'Sensor', name: node.name, namespace: node.namespace };
  const meta = isPlainObject(spec) && isPlainObject(spec.source) && isPlainObject(spec.source.resource) && isPlainObject(spec.source.resource.metadata) ? spec.source.resource.metadata : null;
  return (
    <>
      <ScalarFields resource={resource} path={['spec', 'triggers', triggerIndex, 'template', type]} value={spec} first={lookupTriggerType(type)?.required ?? []} />
      {meta && store && (
        <CommitField
          label="Resource name prefix (generateName)"
          value={typeof meta.generateName === 'string' ? meta.generateName : ''}
          onCommit={(text) => store.getState().applyEdit((f) => setField(f, resource, ['spec', 'triggers', triggerIndex, 'template', type, 'source', 'resource', 'metadata', 'generateName'], text || undefined))}
        />
      )}
    </>
  );
}

function DependencyFilters({ node }: { node: Extract<GraphNode, { kind: 'dependency' }> }) {
  const store = useContext(DesignerStoreContext);
  const graph = useDesignerStore(selectGraph);
  if (!store) return null;
  const { rows, operator } = readDataFilters(node.value);
  const filters = isPlainObject(node.value.filters) ? node.value.filters : {};
  const { data: _data, dataLogicalOperator: _op, ...otherFilters } = filters;
  return (
    <DataFiltersEditor
      rows={rows}
      operator={operator}
      otherFilters={otherFilters}
      sample={sampleEventFor(graph, node.eventSourceName, node.eventName, node.namespace)}
      onChange={(next, op) => store.getState().applyEdit((f) => setDataFilters(f, node.id, next, op))}
    />
  );
}
