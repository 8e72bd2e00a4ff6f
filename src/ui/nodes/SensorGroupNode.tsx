import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { DesignFlowNode } from '../canvas/toFlowElements';
import { KindIcon } from '../common/icons';
import { overviewFontSize, useOverviewStep, useTakesDrop } from './nodeView';
import { CollapseToggle } from './CollapseToggle';

/**
 * A Sensor drawn as a frame around its dependencies and triggers. While a connection is drawn the
 * whole frame takes the drop (an event dropped anywhere on it becomes a dependency).
 */
export const SensorGroupNode = memo(function SensorGroupNode({
  id,
  data,
  selected,
}: NodeProps<DesignFlowNode>) {
  const step = useOverviewStep();
  const takesDrop = useTakesDrop(id);
  return (
    <div
      className={`sensor-group${selected ? ' is-selected' : ''}${data.errors ? ' has-errors' : ''}${step !== null ? ' is-overview' : ''}`}
      data-testid="canvas.node.sensor"
      title={step !== null ? `Sensor ${data.label}` : undefined}
    >
      <Handle type="target" position={Position.Left} />
      {takesDrop && <Handle type="target" id="box" position={Position.Left} className="drop-box" />}
      <div className="sensor-group-header">
        {step === null && <KindIcon kind="sensor" />}
        <span
          className="design-node-label"
          style={step !== null ? { fontSize: overviewFontSize(step, 44) } : undefined}
        >
          {data.label}
        </span>
        {step === null && <span className="design-node-detail">{data.detail}</span>}
        {data.errors > 0 && <span className="design-node-badge">{data.errors}</span>}
        {data.parts ? (
          <CollapseToggle
            id={id}
            label={data.label}
            parts={data.parts}
            collapsed={!!data.collapsed}
          />
        ) : null}
      </div>
    </div>
  );
});
