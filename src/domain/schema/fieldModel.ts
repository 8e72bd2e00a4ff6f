/**
 * What a form needs to know about a schema definition: its fields, their shapes, help text and
 * which are required. The schema document is passed in, so this module stays free of the 1.4 MB
 * JSON (the UI loads it lazily).
 */
export interface JsonSchema {
  type?: string | string[];
  $ref?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
}

export interface SchemaDocument {
  definitions: Record<string, JsonSchema>;
}

export type FieldShape =
  | { kind: 'string' | 'number' | 'integer' | 'boolean' | 'intOrString' | 'any' }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'object'; definition: string }
  | { kind: 'list'; item: FieldShape }
  | { kind: 'map'; value: FieldShape };

export interface FieldInfo {
  key: string;
  shape: FieldShape;
  description: string;
  required: boolean;
}

const REF_PREFIX = '#/definitions/';

function definitionName(ref: string): string {
  return ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : ref;
}

/** The short Go type name, e.g. `WebhookEventSource`, used for titles and doc anchors. */
export function typeName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

/** Link to the field's type in the Argo Events API reference (Kubernetes types link to the k8s reference). */
export function docUrl(definition: string): string {
  if (definition.startsWith('io.argoproj.events.'))
    return `https://argoproj.github.io/argo-events/APIs/#argoproj.io/v1alpha1.${typeName(definition)}`;
  return `https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#${typeName(definition).toLowerCase()}-v1-core`;
}

export function shapeOf(
  doc: SchemaDocument,
  schema: JsonSchema,
  enumHint?: readonly string[],
): FieldShape {
  if (enumHint) return { kind: 'enum', options: enumHint };
  if (schema.enum) return { kind: 'enum', options: schema.enum.map(String) };
  if (schema.$ref) {
    const name = definitionName(schema.$ref);
    const target = doc.definitions[name];
    if (!target) return { kind: 'any' };
    if (target.properties) return { kind: 'object', definition: name };
    return shapeOf(doc, target);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (schema.format === 'int-or-string' || (types.includes('integer') && types.includes('string')))
    return { kind: 'intOrString' };
  const type = types[0];
  if (type === 'array')
    return { kind: 'list', item: schema.items ? shapeOf(doc, schema.items) : { kind: 'any' } };
  if (type === 'object') {
    if (schema.properties) return { kind: 'any' };
    const extra = schema.additionalProperties;
    return { kind: 'map', value: extra && extra !== true ? shapeOf(doc, extra) : { kind: 'any' } };
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean')
    return { kind: type };
  return { kind: 'any' };
}

/**
 * The fields of a definition, required ones first (in schema order), then the rest alphabetically.
 * Enumerations that the schema only states in prose come from ENUM_HINTS.
 */
export function fieldsOf(
  doc: SchemaDocument,
  definition: string,
  omit: readonly string[] = [],
): FieldInfo[] {
  const def = doc.definitions[definition];
  if (!def?.properties) return [];
  const required = new Set(def.required ?? []);
  const short = typeName(definition);
  const fields = Object.entries(def.properties)
    .filter(([key]) => !omit.includes(key))
    .map(([key, schema]) => ({
      key,
      shape: shapeOf(doc, schema, ENUM_HINTS[`${short}.${key}`]),
      description:
        schema.description ??
        (schema.$ref ? (doc.definitions[definitionName(schema.$ref)]?.description ?? '') : ''),
      required: required.has(key),
    }));
  return [
    ...fields.filter((f) => f.required),
    ...fields.filter((f) => !f.required).sort((a, b) => a.key.localeCompare(b.key)),
  ];
}

/**
 * Value sets the Argo Events API documents in field descriptions rather than as JSON-schema enums
 * (facts from its API reference); an empty string stands for "not set".
 */
const ENUM_HINTS: Record<string, readonly string[]> = {
  'DataFilter.type': ['string', 'number', 'bool'],
  'DataFilter.comparator': ['=', '!=', '>', '>=', '<', '<='],
  'EventDependencyFilter.dataLogicalOperator': ['and', 'or'],
  'EventDependencyFilter.exprLogicalOperator': ['and', 'or'],
  'EventDependency.filtersLogicalOperator': ['and', 'or'],
  'ArgoWorkflowTrigger.operation': [
    'submit',
    'submit-from',
    'resubmit',
    'resume',
    'retry',
    'suspend',
    'terminate',
    'stop',
  ],
  'StandardK8STrigger.operation': ['create', 'update', 'patch', 'delete'],
  'StandardK8STrigger.patchStrategy': [
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
    'application/apply-patch+yaml',
  ],
  'HTTPTrigger.method': ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
  'WebhookContext.method': ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
  'RateLimit.unit': ['Second', 'Minute', 'Hour'],
};

/** Where the form of a resource part starts: its definition and the fields other editors own. */
export interface FormSection {
  title: string;
  definition: string;
  /** Path of the part inside its resource. */
  path: (string | number)[];
  omit: readonly string[];
}

const NS = 'io.argoproj.events.v1alpha1.';

/** The event configuration definition of an EventSource type, e.g. `webhook` → WebhookEventSource. */
export function eventSourceDefinition(doc: SchemaDocument, sourceType: string): string | undefined {
  const prop = doc.definitions[`${NS}EventSourceSpec`]?.properties?.[sourceType];
  const extra = prop?.additionalProperties;
  return extra && extra !== true && extra.$ref ? definitionName(extra.$ref) : undefined;
}

export function triggerDefinition(doc: SchemaDocument, triggerType: string): string | undefined {
  const ref = doc.definitions[`${NS}TriggerTemplate`]?.properties?.[triggerType]?.$ref;
  return ref ? definitionName(ref) : undefined;
}

export function eventBusDefinition(doc: SchemaDocument, busType: string): string | undefined {
  const ref = doc.definitions[`${NS}EventBusSpec`]?.properties?.[busType]?.$ref;
  return ref ? definitionName(ref) : undefined;
}

export const DEFINITIONS = {
  eventSourceSpec: `${NS}EventSourceSpec`,
  sensorSpec: `${NS}SensorSpec`,
  trigger: `${NS}Trigger`,
  triggerTemplate: `${NS}TriggerTemplate`,
  dependency: `${NS}EventDependency`,
  dependencyFilter: `${NS}EventDependencyFilter`,
} as const;
