import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { DesignFlowNode } from '../canvas/toFlowElements';
import { KindIcon } from '../common/icons';

/** A Sensor drawn as a frame around its dependencies and triggers. */
export const SensorGroupNode = memo(function SensorGroupNode({
  data,
  selected,
}: NodeProps<DesignFlowNode>) {
  return (
    <div
      className={`sensor-group${selected ? ' is-selected' : ''}${data.errors ? ' has-errors' : ''}`}
      data-testid="canvas.node.sensor"
    >
      <Handle type="target" position={Position.Left} />
      <div className="sensor-group-header">
        <KindIcon kind="sensor" />
        <span className="design-node-label">{data.label}</span>
        <span className="design-node-detail">{data.detail}</span>
        {data.errors > 0 && <span className="design-node-badge">{data.errors}</span>}
      </div>
    </div>
  );
});
