import type { Firing } from '../trace';
import { predictWorkflowOutput } from '../triggers/workflowOutput';

/**
 * What a firing prints: a Workflow's predicted output lines, or a log trigger's lines. Its own module
 * so the page can use it without pulling the engine (Lua VM, jq) into the first bundle.
 */
export function firingOutput(f: Firing): string[] {
  if (f.triggerType === 'argoWorkflow') return predictWorkflowOutput(f.resource)?.output ?? [];
  return f.log ?? [];
}
