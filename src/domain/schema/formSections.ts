import type { GraphNode } from '../graph/designGraph';
import {
  DEFINITIONS,
  eventBusDefinition,
  eventSourceDefinition,
  triggerDefinition,
  typeName,
  type FormSection,
  type SchemaDocument,
} from './fieldModel';

/**
 * The schema-driven form sections of a node: every field of its part of the manifest, minus those a
 * purpose-built editor already owns (names, conditions, parameters, filters, the nested events).
 */
export function formSections(doc: SchemaDocument, node: GraphNode): FormSection[] {
  const path = node.origin.path;
  switch (node.kind) {
    case 'event': {
      const def = eventSourceDefinition(doc, node.sourceType);
      return def ? [{ title: typeName(def), definition: def, path, omit: [] }] : [];
    }
    case 'eventSource':
      return [
        {
          title: 'EventSource spec',
          definition: DEFINITIONS.eventSourceSpec,
          path: ['spec'],
          omit: node.types,
        },
      ];
    case 'sensor':
      return [
        {
          title: 'Sensor spec',
          definition: DEFINITIONS.sensorSpec,
          path: ['spec'],
          omit: ['dependencies', 'triggers'],
        },
      ];
    case 'eventBus': {
      const type = node.types[0];
      const def = type ? eventBusDefinition(doc, type) : undefined;
      return def && type
        ? [{ title: typeName(def), definition: def, path: ['spec', type], omit: [] }]
        : [];
    }
    case 'dependency':
      return [
        {
          title: 'Dependency',
          definition: DEFINITIONS.dependency,
          path,
          omit: ['name', 'eventSourceName', 'eventName', 'filters'],
        },
      ];
    case 'trigger': {
      const type = node.triggerType;
      const sections: FormSection[] = [];
      const def = type ? triggerDefinition(doc, type) : undefined;
      if (def && type)
        sections.push({
          title: typeName(def),
          definition: def,
          path: [...path, 'template', type],
          omit: ['parameters', 'payload'],
        });
      const typeKeys = Object.keys(
        doc.definitions[DEFINITIONS.triggerTemplate]?.properties ?? {},
      ).filter((k) => triggerDefinition(doc, k));
      sections.push({
        title: 'Trigger template',
        definition: DEFINITIONS.triggerTemplate,
        path: [...path, 'template'],
        omit: ['name', 'conditions', ...typeKeys],
      });
      sections.push({
        title: 'Trigger policy',
        definition: DEFINITIONS.trigger,
        path,
        omit: ['template', 'parameters'],
      });
      return sections;
    }
  }
}
