import { useEffect, useEffectEvent, useRef } from 'react';
import type { editor, Uri } from 'monaco-editor/esm/vs/editor/editor.api';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import type { RevealRequest } from '../../state/createDesignerStore';
import { diagnosticsToMarkers } from './diagnosticsToMarkers';
import { setupMonaco } from './monacoSetup';
import { modelComesLater, showsAsPlainText } from './largeFile';

interface Props {
  path: string;
  text: string;
  diagnostics: readonly Diagnostic[];
  reveal: RevealRequest | null;
  /** Called with the whole text of a file after the user pauses typing (or switches files). */
  onEdit: (text: string, path: string) => void;
  /** The selected node's YAML, highlighted. */
  highlight: { line: number; endLine: number } | null;
  /** The cursor moved (by the user) to this offset. */
  onCursor: (offset: number) => void;
  readOnly?: boolean;
}

const TYPING_PAUSE_MS = 300;
/** From this many lines on, a file opens without folding, sticky scroll and bracket pairs. */
const LONG_FILE_LINES = 10_000;

/**
 * Monaco editing the design's files, one model per file (each keeps its own undo stack and scroll
 * position), with diagnostics as markers and schema completion. Loaded lazily.
 */
export default function MonacoYamlEditor({
  path,
  text,
  diagnostics,
  reveal,
  onEdit,
  highlight,
  onCursor,
  readOnly = false,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const ed = useRef<editor.IStandaloneCodeEditor | null>(null);
  const applying = useRef(false);
  /** Typing not yet handed over: flushed when the pause ends or another file is shown. */
  const pending = useRef<{ model: editor.ITextModel; timer: ReturnType<typeof setTimeout> } | null>(
    null,
  );
  const paths = useRef(new WeakMap<editor.ITextModel, string>());
  const views = useRef(new Map<string, editor.ICodeEditorViewState | null>());
  // The editor is created once; its listeners call the newest callbacks.
  const edited = useEffectEvent((text: string, file: string) => onEdit(text, file));
  const cursorMoved = useEffectEvent((offset: number) => onCursor(offset));
  const initialReadOnly = useEffectEvent(() => readOnly);
  const decorations = useRef<editor.IEditorDecorationsCollection | null>(null);
  const monaco = setupMonaco();

  /** Hands the typing of the file it was made in to the store (at once, not after the pause). */
  const flush = useEffectEvent(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    const file = paths.current.get(p.model);
    if (file !== undefined && !p.model.isDisposed()) edited(p.model.getValue(), file);
  });

  useEffect(() => {
    if (!host.current) return;
    const known = paths.current;
    const instance = monaco.editor.create(host.current, {
      value: '',
      language: 'yaml',
      readOnly: initialReadOnly(),
      automaticLayout: true,
      minimap: { enabled: false },
      // Bracket pairs are rare in YAML, and colouring them parses the whole model in one task (0.4 s
      // for a 1 MB file).
      bracketPairColorization: { enabled: false },
      guides: { bracketPairs: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      ariaLabel: 'YAML editor',
      theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs',
    });
    ed.current = instance;
    const sub = instance.onDidChangeModelContent(() => {
      const model = instance.getModel();
      if (applying.current || !model) return;
      if (pending.current) clearTimeout(pending.current.timer);
      const timer = setTimeout(() => flush(), TYPING_PAUSE_MS);
      pending.current = { model, timer };
    });
    const cursor = instance.onDidChangeCursorPosition((e) => {
      const model = instance.getModel();
      if (model && instance.hasTextFocus() && e.source !== 'api')
        cursorMoved(model.getOffsetAt(e.position));
    });
    decorations.current = instance.createDecorationsCollection();
    return () => {
      flush();
      cursor.dispose();
      sub.dispose();
      for (const m of monaco.editor.getModels()) if (known.has(m)) m.dispose();
      instance.dispose();
      ed.current = null;
    };
  }, [monaco]);

  /** Shows the file's model in the editor, made or brought up to date with `text`. */
  const show = useEffectEvent((instance: editor.IStandaloneCodeEditor, uri: Uri) => {
    let model = monaco.editor.getModel(uri);
    const language = showsAsPlainText(text) ? 'plaintext' : 'yaml';
    if (!model) {
      model = monaco.editor.createModel(text, language, uri);
      paths.current.set(model, path);
    } else if (model.getValue() !== text) {
      // Replace only the span that differs, so the cursor and scroll stay where the user is.
      const old = model.getValue();
      let a = 0;
      while (a < old.length && a < text.length && old[a] === text[a]) a++;
      let b = 0;
      while (
        b < old.length - a &&
        b < text.length - a &&
        old[old.length - 1 - b] === text[text.length - 1 - b]
      )
        b++;
      const start = model.getPositionAt(a);
      const end = model.getPositionAt(old.length - b);
      applying.current = true;
      model.pushEditOperations(
        [],
        [
          {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            text: text.slice(a, text.length - b),
          },
        ],
        () => null,
      );
      applying.current = false;
    }
    if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    const shown = instance.getModel();
    if (shown !== model) {
      if (pending.current?.model === shown) flush();
      const was = shown && paths.current.get(shown);
      if (was !== undefined && was !== null) views.current.set(was, instance.saveViewState());
      // Folding, sticky scroll and bracket matching of a very long file cost the page a long task
      // on every change (the YAML worker's folding ranges and outline of 20,000 lines take 0.3 s to
      // read, the bracket tree for matching is built in one go); there the file tree and "Go to
      // resource" find things.
      const long = model.getLineCount() > LONG_FILE_LINES;
      const plain = language === 'plaintext';
      instance.updateOptions({
        // What would send a plain-text file's whole text to the editor's worker.
        links: !plain,
        unicodeHighlight: {
          ambiguousCharacters: !plain,
          invisibleCharacters: !plain,
          nonBasicASCII: false,
        },
        wordBasedSuggestions: plain ? 'off' : 'matchingDocuments',
        occurrencesHighlight: plain ? 'off' : 'singleFile',
        folding: !long,
        stickyScroll: { enabled: !long },
        guides: { bracketPairs: false, indentation: !long },
        matchBrackets: long ? 'never' : 'always',
      });

      instance.setModel(model);
      const view = views.current.get(path);
      if (view) instance.restoreViewState(view);
      monaco.editor.setModelMarkers(model, 'eventflow', diagnosticsToMarkers(diagnostics, path));
    }
  });

  useEffect(() => {
    const instance = ed.current;
    if (!instance) return;
    // Uri.from escapes what a file name may hold (#, ?, %, spaces) instead of parsing it.
    const uri = monaco.Uri.from({ scheme: 'file', path: `/${path}` });
    // A big file's model (its line index alone is 100+ ms for 10 MiB) is made in a task after
    // the render that opened it, not inside that render's commit.
    if (!monaco.editor.getModel(uri) && modelComesLater(text)) {
      const later = setTimeout(() => show(instance, uri), 0);
      return () => clearTimeout(later);
    }
    show(instance, uri);
  }, [monaco, path, text]);

  useEffect(() => ed.current?.updateOptions({ readOnly }), [readOnly]);

  useEffect(() => {
    const model = ed.current?.getModel();
    // Not while the editor still shows the file before (a big file's model comes a task later).
    if (model && paths.current.get(model) === path)
      monaco.editor.setModelMarkers(model, 'eventflow', diagnosticsToMarkers(diagnostics, path));
  }, [monaco, diagnostics, path, text]);

  useEffect(() => {
    const instance = ed.current;
    if (!instance) return;
    decorations.current?.set(
      highlight
        ? [
            {
              range: new monaco.Range(highlight.line, 1, highlight.endLine, 1),
              options: { isWholeLine: true, className: 'yaml-node-highlight' },
            },
          ]
        : [],
    );
    // Follow a selection made on the canvas, but never pull the view away from someone typing.
    if (highlight && !instance.hasTextFocus())
      instance.revealLinesInCenterIfOutsideViewport(highlight.line, highlight.endLine);
  }, [monaco, highlight, text]);

  useEffect(() => {
    const instance = ed.current;
    if (!instance || !reveal || reveal.file !== path) return;
    instance.revealLineInCenter(reveal.line);
    instance.setPosition({ lineNumber: reveal.line, column: reveal.col });
    instance.focus();
  }, [reveal, path]);

  return <div ref={host} className="monaco-host" data-testid="yaml.editor" />;
}
