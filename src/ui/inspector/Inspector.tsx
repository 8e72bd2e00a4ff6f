import { useContext } from 'react';
import type { DependencyNode, GraphNode, TriggerNode } from '../../domain/graph/designGraph';
import { parameterListKey, readParameters } from '../../domain/edit/triggerEdits';
import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { lookupTriggerType } from '../../domain/catalog/triggerTypes';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { KIND_LABEL } from '../../domain/graph/kindLabels';
import { CommitField } from './CommitField';
import { ConditionsField } from './ConditionsField';
import { DependencyFilters } from './DependencyFilters';
import { ParametersEditor } from './ParametersEditor';
import { SchemaSections } from './SchemaSections';
import { sampleDataFor } from './sampleEvent';
import { readObject } from '../../domain/manifest/jsonValue';
import { triggerConditions, triggerTypeSpec } from '../../domain/manifest/sensorManifest';
import { useSimulationController, useSimulationStore } from '../../state/useSimulation';
import { sendTestEvent } from '../simulator/sendTestEvent';
import { useLayoutStore } from '../../state/useLayout';
import type { EventNode } from '../../domain/graph/designGraph';
import { requestCanvas } from '../canvas/canvasRequests';

/**
 * Forms for the selected node: purpose-built editors for names, filters, conditions and parameter
 * mappings, then every other field of its part of the manifest, generated from the schema.
 */
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
  const { dispatch } = store.getState();
  const kind = KIND_LABEL[node.kind];
  if (node.copy) return <CopyNotice node={node} />;
  return (
    <section className="inspector" aria-label="Inspector">
      <header className="panel-header">
        <h2>{kind}</h2>
        <span className="file-name">{docLink(node)}</span>
      </header>
      <div className="inspector-body" key={node.id}>
        <CommitField
          label="Name"
          value={nameOf(node)}
          onCommit={(name) => dispatch({ type: 'renameNode', id: node.id, name })}
        />
        {node.kind === 'event' && <SendTestEvent node={node} />}
        {node.kind === 'sensor' && (
          <button
            type="button"
            onClick={() => requestCanvas({ type: 'addDependency', sensorId: node.id })}
          >
            Add dependency…
          </button>
        )}
        {node.kind === 'dependency' && <DependencyFields node={node} />}
        {node.kind === 'trigger' && <TriggerFields node={node} />}
        <SchemaSections node={node} />
        <button
          type="button"
          className="danger"
          onClick={() => dispatch({ type: 'deleteNodes', ids: [node.id] })}
        >
          Delete {kind.toLowerCase()}
        </button>
      </div>
    </section>
  );
}

/**
 * A node of the second (third…) resource with the same kind, namespace and name. Forms address a
 * resource by name, so they would change the first one: this copy is settled in its YAML (shown in
 * the YAML panel) or deleted here.
 */
function CopyNotice({ node }: { node: GraphNode }) {
  const store = useContext(DesignerStoreContext);
  if (!store) return null;
  const kind = KIND_LABEL[node.kind];
  const resource = KIND_LABEL[resourceKindOf(node)];
  return (
    <section className="inspector" aria-label="Inspector">
      <header className="panel-header">
        <h2>{kind}</h2>
      </header>
      <div className="inspector-body" key={node.id}>
        <p className="inspector-copy" role="note">
          An earlier {resource} in this design is also named <strong>{node.name}</strong>
          {node.namespace ? ` in namespace ${node.namespace}` : ''}; this is copy {node.copy}. The
          cluster keeps only one of them, so this one is not edited here: rename it in its YAML file
          (below), or delete it.
        </p>
        <button
          type="button"
          className="danger"
          onClick={() => store.getState().dispatch({ type: 'deleteNodes', ids: [node.id] })}
        >
          Delete this {kind.toLowerCase()}
        </button>
      </div>
    </section>
  );
}

function resourceKindOf(node: GraphNode): 'eventBus' | 'eventSource' | 'sensor' {
  if (node.kind === 'event') return 'eventSource';
  if (node.kind === 'dependency' || node.kind === 'trigger') return 'sensor';
  return node.kind;
}

function DependencyFields({ node }: { node: DependencyNode }) {
  return (
    <>
      <p className="field-hint">
        Listens to <strong>{node.eventSourceName}</strong> / <strong>{node.eventName}</strong>.
      </p>
      <DependencyFilters node={node} />
    </>
  );
}

function TriggerFields({ node }: { node: TriggerNode }) {
  const store = useContext(DesignerStoreContext);
  const graph = useDesignerStore(selectGraph);
  if (!store) return null;
  const { dispatch } = store.getState();
  const deps = graph.nodes.filter(
    (n): n is DependencyNode =>
      n.kind === 'dependency' && n.name === node.name && n.namespace === node.namespace,
  );
  const names = deps.map((d) => d.dependencyName);
  const samples = Object.fromEntries(
    deps.map((d) => [
      d.dependencyName,
      sampleDataFor(graph, d.eventSourceName, d.eventName, d.namespace),
    ]),
  );
  return (
    <>
      <ConditionsField
        value={triggerConditions(node.value) ?? ''}
        dependencies={names}
        onCommit={(text) => dispatch({ type: 'setConditions', triggerId: node.id, text })}
      />
      {node.triggerType && <ResourceNamePrefix node={node} />}
      {node.triggerType && (
        <ParametersEditor
          rows={readParameters(node.value)}
          dependencies={names}
          sampleData={samples}
          listName={parameterListKey(node.triggerType)}
          onChange={(rows) => dispatch({ type: 'setParameters', triggerId: node.id, rows })}
        />
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
  const info =
    node.kind === 'event'
      ? lookupEventSourceType(node.sourceType)
      : node.kind === 'trigger' && node.triggerType
        ? lookupTriggerType(node.triggerType)
        : undefined;
  if (!info) return null;
  return (
    <a href={info.docUrl} target="_blank" rel="noreferrer">
      {info.label} docs
    </a>
  );
}

/** For triggers that create a resource: the name prefix of what they create. */
function ResourceNamePrefix({ node }: { node: TriggerNode }) {
  const store = useContext(DesignerStoreContext);
  const typed = triggerTypeSpec(node.value);
  const resource = { kind: 'Sensor', name: node.name, namespace: node.namespace };
  const source = typed && readObject(typed.spec, 'source');
  const manifest = source && readObject(source, 'resource');
  const meta = manifest && readObject(manifest, 'metadata');
  if (!typed || !meta || !store) return null;
  return (
    <CommitField
      label="Resource name prefix (generateName)"
      value={typeof meta.generateName === 'string' ? meta.generateName : ''}
      onCommit={(text) =>
        store.getState().dispatch({
          type: 'setField',
          resource,
          // The trigger node's origin is its place in the Sensor: spec.triggers[i].
          path: [
            ...node.origin.path,
            'template',
            typed.type,
            'source',
            'resource',
            'metadata',
            'generateName',
          ],
          value: text || undefined,
        })
      }
    />
  );
}

function SendTestEvent({ node }: { node: EventNode }) {
  const sim = useSimulationStore();
  const layout = useLayoutStore();
  const designer = useContext(DesignerStoreContext)!;
  const controller = useSimulationController();
  return (
    <button
      type="button"
      className="send-test"
      onClick={() =>
        sendTestEvent(`${node.name}/${node.eventName}`, { designer, sim, layout, controller })
      }
    >
      Send a test event
    </button>
  );
}
