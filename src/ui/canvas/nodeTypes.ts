import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DesignNode } from '../nodes/DesignNode';
import { SensorGroupNode } from '../nodes/SensorGroupNode';
import { NamedEdge } from './NamedEdge';

/** Declared at module level so React Flow never sees a new object (xyflow error002). */
export const NODE_TYPES: NodeTypes = { design: DesignNode, sensorGroup: SensorGroupNode };
export const EDGE_TYPES: EdgeTypes = { named: NamedEdge };
