import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
// editor.api is the bare editor; the contributions (suggest, hover, find, folding…) come with edcore.
import 'monaco-editor/esm/vs/editor/edcore.main';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from 'monaco-yaml/yaml.worker.js?worker';
import argoEventsSchema from '../../../third_party/argo-events/schema/schema.json';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

let configured = false;

/**
 * Self-hosted Monaco: Vite bundles the editor and both workers, so nothing is fetched from a CDN and
 * the app works offline. Without getWorker Monaco falls back to the main thread and warns.
 */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  window.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
  // The schema drives completion and hover; validation stays ours (it knows the controller's rules
  // and keeps non-Argo documents such as ConfigMaps quiet).
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    validate: false,
    hover: true,
    completion: true,
    schemas: [
      {
        uri: 'https://eventflow.invalid/argo-events.schema.json',
        // Design files live in folders (`deploy/sensors/x.yaml`), not only at the top.
        fileMatch: ['*.yaml', '*.yml', '**/*.yaml', '**/*.yml'],
        schema: argoEventsSchema as never,
      },
    ],
  });
  return monaco;
}
