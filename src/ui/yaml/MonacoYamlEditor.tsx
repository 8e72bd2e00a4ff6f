import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import type { RevealRequest } from '../../state/createDesignerStore';
import { diagnosticsToMarkers } from './diagnosticsToMarkers';
import { setupMonaco } from './monacoSetup';

interface Props {
  path: string;
  text: string;
  diagnostics: readonly Diagnostic[];
  reveal: RevealRequest | null;
}

/** Monaco showing one design file, read-only for now, with diagnostics as markers. Loaded lazily. */
export default function MonacoYamlEditor({ path, text, diagnostics, reveal }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const ed = useRef<editor.IStandaloneCodeEditor | null>(null);
  const monaco = setupMonaco();

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      value: '',
      language: 'yaml',
      readOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      ariaLabel: 'YAML editor',
      theme: 'vs',
    });
    ed.current = instance;
    return () => {
      instance.getModel()?.dispose();
      instance.dispose();
      ed.current = null;
    };
  }, [monaco]);

  useEffect(() => {
    const instance = ed.current;
    if (!instance) return;
    const uri = monaco.Uri.parse(`file:///${path}`);
    let model = monaco.editor.getModel(uri);
    if (!model) model = monaco.editor.createModel(text, 'yaml', uri);
    else if (model.getValue() !== text) model.setValue(text);
    if (instance.getModel() !== model) instance.setModel(model);
  }, [monaco, path, text]);

  useEffect(() => {
    const model = ed.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'eventflow', diagnosticsToMarkers(diagnostics, path));
  }, [monaco, diagnostics, path, text]);

  useEffect(() => {
    const instance = ed.current;
    if (!instance || !reveal || reveal.file !== path) return;
    instance.revealLineInCenter(reveal.line);
    instance.setPosition({ lineNumber: reveal.line, column: reveal.col });
    instance.focus();
  }, [reveal, path]);

  return <div ref={host} className="monaco-host" data-testid="yaml.editor" />;
}
