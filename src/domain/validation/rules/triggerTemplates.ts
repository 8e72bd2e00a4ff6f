import { lookupTriggerType, TRIGGER_TYPES } from '../../catalog/triggerTypes';
import {
  diag,
  isSet,
  missingRequired,
  obj,
  quote,
  sensors,
  text,
  triggersOf,
  type Rule,
} from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';

const K8S_OPERATIONS = ['', 'create', 'update', 'patch', 'delete'];
const WORKFLOW_OPERATIONS = [
  'submit',
  'submit-from',
  'resubmit',
  'retry',
  'resume',
  'suspend',
  'terminate',
  'stop',
];
const SOURCE_KINDS = ['resource', 'inline', 'configmap', 'file', 'url', 'git', 's3'];
/** Fields renamed upstream that older manifests (and tutorials) still use: old name → current. */
const RENAMED: Record<string, Record<string, string>> = { http: { serverURL: 'url' } };
/** Types whose `payload` list the controller requires to be present (it may be empty). */
const PAYLOAD_REQUIRED = ['kafka', 'nats', 'awsLambda', 'openWhisk'];

/**
 * Each trigger template names exactly one trigger type and carries that type's required fields
 * (SEMANTICS §6.2, §6.4), e.g. argoWorkflow needs a source and an operation written out.
 */
export const triggerTemplates: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const { template, i } of triggersOf(s)) {
      const base: ValuePath = ['spec', 'triggers', i, 'template'];
      const name = text(template.name) || `#${i + 1}`;
      const types = TRIGGER_TYPES.filter((t) => template[t] !== undefined && template[t] !== null);
      if (types.length === 0) {
        // The controller accepts a template without a type; the sensor then runs nothing for it.
        const unknown = Object.keys(template).filter(
          (k) => !['name', 'conditions', 'conditionsReset'].includes(k),
        );
        const hint = unknown.length
          ? ` (${unknown.map(quote).join(', ')} is not one; check the spelling)`
          : '';
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-type',
            'warning',
            `trigger ${quote(name)} sets no trigger type${hint}, so it never does anything; use one of ${TRIGGER_TYPES.join(', ')}`,
            base,
          ),
        );
        continue;
      }
      if (types.length > 1) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.multiple-types',
            'warning',
            `trigger ${quote(name)} sets ${types.join(', ')}; only ${types[0]} runs`,
            [...base, types[1] ?? ''],
          ),
        );
      }
      const type = types[0] ?? 'log';
      const spec = obj(template[type]) ?? {};
      const p: ValuePath = [...base, type];
      const info = lookupTriggerType(type);
      const required = (info?.required ?? []).filter(
        (r) => r !== 'payload' && r !== 'operation' && r !== 'source',
      );
      for (const [old, current] of Object.entries(RENAMED[type] ?? {})) {
        if (spec[old] !== undefined && spec[current] === undefined) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.renamed-field',
              'warning',
              `${old} is the old name of ${current}; rename it, current controllers require ${current}`,
              [...p, old],
              'key',
            ),
          );
          required.splice(required.indexOf(current), 1);
        }
      }
      for (const field of missingRequired(spec, required)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-field',
            'error',
            `${type} trigger ${quote(name)} needs ${field.split('|').join(' or ')}`,
            p,
          ),
        );
      }
      if (PAYLOAD_REQUIRED.includes(type) && !Array.isArray(spec.payload)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-field',
            'error',
            `${type} trigger ${quote(name)} needs a payload list (it may be empty: payload: [])`,
            p,
          ),
        );
      }
      if (type === 'k8s' || type === 'argoWorkflow') {
        const source = obj(spec.source);
        if (!source || !SOURCE_KINDS.some((k) => isSet(source[k]))) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.missing-source',
              'error',
              `${type} trigger ${quote(name)} needs a source: one of ${SOURCE_KINDS.join(', ')}`,
              source ? [...p, 'source'] : p,
            ),
          );
        }
      }
      if (
        type === 'k8s' &&
        spec.operation !== undefined &&
        !K8S_OPERATIONS.includes(text(spec.operation))
      ) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.invalid-operation',
            'error',
            `k8s operation must be create, update, patch or delete (got ${JSON.stringify(spec.operation)})`,
            [...p, 'operation'],
          ),
        );
      }
      if (type === 'argoWorkflow') {
        if (!isSet(spec.operation)) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.missing-operation',
              'error',
              `argoWorkflow trigger ${quote(name)} needs an operation written out (e.g. operation: submit); the controller rejects an empty one`,
              p,
            ),
          );
        } else if (!WORKFLOW_OPERATIONS.includes(text(spec.operation))) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.invalid-operation',
              'error',
              `argoWorkflow operation must be one of ${WORKFLOW_OPERATIONS.join(', ')} (got ${JSON.stringify(spec.operation)})`,
              [...p, 'operation'],
            ),
          );
        }
      }
    }
  }
  return out;
};
