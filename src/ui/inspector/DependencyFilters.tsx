import { useContext } from 'react';
import type { DependencyNode } from '../../domain/graph/designGraph';
import { readDataFilters, readExprFilters } from '../../domain/edit/dependencyEdits';
import { isPlainObject } from '../../lib/deepEqual';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { DataFiltersEditor } from './DataFiltersEditor';
import {
  ContextFilterEditor,
  ExprFiltersEditor,
  ScriptFilterEditor,
  TimeFilterEditor,
} from './OtherFiltersEditors';
import { FilterResult } from './FilterResult';
import { sampleDataFor, sampleEventFor } from './sampleEvent';
import { useFilterOutcome } from './useFilterOutcome';

/** Every filter family of a dependency, and the live verdict on the sample event. */
export function DependencyFilters({ node }: { node: DependencyNode }) {
  const store = useContext(DesignerStoreContext);
  const graph = useDesignerStore(selectGraph);
  const filters = isPlainObject(node.value.filters) ? node.value.filters : {};
  const sample = sampleEventFor(graph, node.eventSourceName, node.eventName, node.namespace);
  const outcome = useFilterOutcome(filters, node.value.filtersLogicalOperator, sample);
  if (!store) return null;
  const { dispatch } = store.getState();
  const onSet = (patch: Record<string, unknown>) =>
    dispatch({ type: 'setDependencyFilters', dependencyId: node.id, patch });
  const { rows, operator } = readDataFilters(node.value);
  return (
    <>
      <DataFiltersEditor
        rows={rows}
        operator={operator}
        sampleData={sampleDataFor(graph, node.eventSourceName, node.eventName, node.namespace)}
        onChange={(rows, operator) =>
          dispatch({ type: 'setDataFilters', dependencyId: node.id, rows, operator })
        }
      />
      <ExprFiltersEditor
        rows={readExprFilters(node.value)}
        operator={filters.exprLogicalOperator}
        onSet={onSet}
      />
      <ContextFilterEditor value={filters.context} onSet={onSet} />
      <TimeFilterEditor value={filters.time} onSet={onSet} />
      <ScriptFilterEditor value={filters.script} onSet={onSet} />
      {outcome && <FilterResult outcome={outcome} />}
    </>
  );
}
