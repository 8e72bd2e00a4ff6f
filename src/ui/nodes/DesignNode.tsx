import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { DesignFlowNode } from '../canvas/toFlowElements';
import { KindIcon } from '../common/icons';
import { KIND_LABEL } from '../../domain/graph/kindLabels';
import { SimBadge } from './SimBadge';
import { overviewFontSize, useOverviewStep, useTakesDrop } from './nodeView';
import { CollapseToggle } from './CollapseToggle';

/** One box on the canvas: an EventSource, event, EventBus, dependency or trigger. */
export const DesignNode = memo(function DesignNode({
  id,
  data,
  selected,
  height,
}: NodeProps<DesignFlowNode>) {
  const kind = KIND_LABEL[data.kind];
  const step = useOverviewStep();
  const takesDrop = useTakesDrop(id);
  const status =
    data.errors > 0
      ? `${data.errors} error${data.errors > 1 ? 's' : ''}`
      : data.warnings > 0
        ? `${data.warnings} warning${data.warnings > 1 ? 's' : ''}`
        : '';
  const className = `design-node design-node-${data.kind}${selected ? ' is-selected' : ''}${data.errors ? ' has-errors' : data.warnings ? ' has-warnings' : ''}`;
  const handles = (
    <>
      <Handle type="target" position={Position.Left} />
      {takesDrop && <Handle type="target" id="box" position={Position.Left} className="drop-box" />}
      <Handle type="source" position={Position.Right} />
    </>
  );
  // Zoomed out: the name alone, as large as the box allows, so an overview stays readable.
  if (step !== null)
    return (
      <div
        className={`${className} is-overview`}
        data-testid={`canvas.node.${data.kind}`}
        title={`${kind} ${data.label}`}
      >
        {handles}
        <span
          className="design-node-label"
          style={{ fontSize: overviewFontSize(step, ((height ?? 56) - 6) / 2.3) }}
        >
          {data.label}
        </span>
        {data.collapsed && <span className="collapsed-count">+{data.parts}</span>}
        {data.simKey && <SimBadge simKey={data.simKey} />}
      </div>
    );
  return (
    <div className={className} data-testid={`canvas.node.${data.kind}`}>
      {handles}
      <KindIcon kind={data.kind} />
      <div className="design-node-text">
        <div className="design-node-label">{data.label}</div>
        <div className="design-node-detail">
          {kind} · {data.detail}
        </div>
      </div>
      {data.simKey && <SimBadge simKey={data.simKey} />}
      {status && (
        <span className="design-node-badge" title={status}>
          {data.errors || data.warnings}
        </span>
      )}
      {data.parts ? (
        <CollapseToggle
          id={id}
          label={data.label}
          parts={data.parts}
          collapsed={!!data.collapsed}
        />
      ) : null}
    </div>
  );
});
