import { useCallback, useEffect, useState } from 'react';
import type { DesignerStore } from '../state/createDesignerStore';
import type { DesignLibrary } from '../state/designLibrary';
import { copyLinkToClipboard } from '../ui/common/copyLinkToClipboard';
import { formatScenarioFile, parseScenarioFile, type Scenario } from '../domain/scenario/scenario';
import { readChosenFiles, type PathedFile } from '../ui/importExport/readChosenFiles';
import { droppedFiles } from '../ui/importExport/droppedFiles';
import type { ImportChoice } from '../ui/importExport/ImportDialog';
import { remember } from '../state/session/rememberDesign';
import { looksLikeLesson } from '../domain/lesson/lesson';

/** Lesson files are small; a larger file is a design, read by the importer with its own limits. */
const MAX_LESSON_BYTES = 1_000_000;

type Bundle = Awaited<ReturnType<typeof readChosenFiles>>;

function scenariosOf(texts: readonly string[]): Scenario[] {
  return texts.flatMap((t) => {
    const parsed = parseScenarioFile(t);
    return parsed.ok ? parsed.file.scenarios : [];
  });
}

/** Opening files (chooser or drop), the replace/merge/new choice, share links and "Edit a copy". */
export function useImportShare(
  store: DesignerStore,
  library: DesignLibrary,
  onSwitch: (store: DesignerStore) => void,
  sharedName?: string,
  onLessonText?: (text: string, fileName: string) => void,
) {
  const [bundle, setBundle] = useState<Bundle | null>(null);
  const openFiles = useCallback(
    async (files: readonly (File | PathedFile)[], skippedFolders: readonly string[] = []) => {
      const first = files.length === 1 ? files[0]! : null;
      const only = first && 'file' in first ? first.file : first;
      if (only && onLessonText && /\.ya?ml$/i.test(only.name) && only.size <= MAX_LESSON_BYTES) {
        // A lesson file opens as a lesson, never as design YAML to merge.
        const text = await only.text();
        if (looksLikeLesson(text)) return onLessonText(text, only.name);
      }
      if (files.length) setBundle(await readChosenFiles(files, skippedFolders));
    },
    [onLessonText],
  );

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      // Folders are walked so their paths are kept; the entries must be taken during the event.
      const flat = [...e.dataTransfer.files];
      void droppedFiles(e.dataTransfer).then(
        (d) => openFiles(d.files, d.skippedFolders),
        () => openFiles(flat),
      );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFiles]);

  const choose = useCallback(
    async (choice: ImportChoice) => {
      if (!bundle) return;
      const scenarios = scenariosOf(bundle.scenarios);
      setBundle(null);
      const s = store.getState();
      if (choice === 'new') {
        const name =
          bundle.files[0]?.path
            .split('/')
            .pop()
            ?.replace(/\.(ya?ml|json)$/i, '') ?? 'Imported design';
        const created = await library.create(name, bundle.files, {}, scenarios);
        onSwitch(remember(created));
      } else if (choice === 'replace') {
        // One undo step brings back the design as it was, its scenarios included.
        s.dispatch({
          type: 'replaceDesign',
          files: bundle.files,
          ...(scenarios.length ? { scenarios } : {}),
        });
      } else {
        s.dispatch({ type: 'mergeDesign', files: bundle.files, scenarios });
      }
    },
    [bundle, store, library, onSwitch],
  );

  const copyShareLink = useCallback(() => {
    const s = store.getState();
    copyLinkToClipboard(
      store,
      {
        name: s.design?.name ?? sharedName ?? 'Shared design',
        files: s.files,
        ...(s.scenarios.length
          ? { scenarios: formatScenarioFile({ design: [], scenarios: s.scenarios }) }
          : {}),
      },
      (url) =>
        `Share link copied (${Math.ceil(url.length / 1000)} KB). The design travels in the link itself; nothing is uploaded.`,
    );
  }, [store, sharedName]);

  const editCopy = useCallback(async () => {
    const s = store.getState();
    const created = await library.create(
      `${sharedName ?? 'Shared design'} (copy)`,
      s.files,
      s.positions,
      s.scenarios,
    );
    onSwitch(remember(created));
  }, [store, library, onSwitch, sharedName]);

  return {
    bundle,
    openFiles,
    choose,
    cancelImport: () => setBundle(null),
    copyShareLink,
    editCopy,
  };
}
