import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { DesignFlowEdge } from './toFlowElements';

/** React Flow's default curve, with the edge's name as its tooltip (the wrapper has it as aria-label). */
export const NamedEdge = memo(function NamedEdge(props: EdgeProps<DesignFlowEdge>) {
  const [path] = getBezierPath(props);
  return (
    <>
      <title>{props.data?.name}</title>
      <BaseEdge
        path={path}
        markerEnd={props.markerEnd}
        markerStart={props.markerStart}
        style={props.style}
        interactionWidth={props.interactionWidth}
      />
    </>
  );
});
