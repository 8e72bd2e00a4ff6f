import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { DesignFlowNode } from '../canvas/toFlowElements';
import { KindIcon } from '../common/icons';
import { KIND_LABEL } from '../../domain/graph/kindLabels';
import { SimBadge } from './SimBadge';

/** One box on the canvas: an EventSource, event, EventBus, dependency or trigger. */
export const DesignNode = memo(function DesignNode({ data, selected }: NodeProps<DesignFlowNode>) {
  const kind = KIND_LABEL[data.kind];
  const status =
    data.errors > 0
      ? `${data.errors} error${data.errors > 1 ? 's' : ''}`
      : data.warnings > 0
        ? `${data.warnings} warning${data.warnings > 1 ? 's' : ''}`
        : '';
  return (
    <div
      className={`design-node design-node-${data.kind}${selected ? ' is-selected' : ''}${data.errors ? ' has-errors' : data.warnings ? ' has-warnings' : ''}`}
      data-testid={`canvas.node.${data.kind}`}
    >
      <Handle type="target" position={Position.Left} />
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
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
