import { useEffect } from 'react';
import type { DesignerStore } from '../state/createDesignerStore';
import { storageProblem, type DesignLibrary } from '../state/designLibrary';

const SAVE_DELAY_MS = 400;

/**
 * Saves the design shortly after every change, so a reload or crash loses nothing. If another tab
 * saved the same design meanwhile, this tab's version is kept as a copy instead of overwriting it;
 * if storage fails, the user is told (the work stays open).
 */
export function useAutosave(store: DesignerStore, library: DesignLibrary): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saving = Promise.resolve();
    // A failure is told and the chain goes on, so the next change is saved again.
    const save = () =>
      saveNow().catch((e: unknown) => store.getState().showNotice(storageProblem(e)));
    const saveNow = async () => {
      const { files, positions, design, scenarios, savedEvents } = store.getState();
      if (!design) return;
      const outcome = await library.save(design.id, design.revision, {
        files,
        positions,
        baseline: design.baseline,
        scenarios,
        savedEvents,
        ...(design.lesson ? { lesson: design.lesson } : {}),
      });
      if (outcome.ok) {
        store.getState().dispatch({ type: 'setDesignMeta', patch: { revision: outcome.revision } });
        return;
      }
      if (outcome.reason === 'storage') return store.getState().showNotice(outcome.message);
      library.forgetJournal(design.id);
      const copy = await library.create(`${design.name} (this tab)`, files, positions, scenarios, {
        savedEvents,
        ...(design.lesson ? { lesson: design.lesson } : {}),
      });
      store.getState().dispatch({
        type: 'setDesignMeta',
        patch: { id: copy.id, name: copy.name, revision: copy.revision },
      });
      history.replaceState(null, '', `?design=${encodeURIComponent(copy.id)}`);
      store
        .getState()
        .showNotice(
          `${outcome.message} Your version was kept as "${copy.name}"; nothing was overwritten.`,
        );
    };
    let journalWarned = false;
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.files === prev.files &&
        s.positions === prev.positions &&
        s.scenarios === prev.scenarios &&
        s.savedEvents === prev.savedEvents &&
        s.design?.baseline === prev.design?.baseline
      )
        return;
      let delay = SAVE_DELAY_MS;
      if (s.design && (s.files !== prev.files || s.positions !== prev.positions)) {
        // Without the journal, an edit is safe only once saved: save at once, and say so once.
        if (!library.journal(s.design.id, s.design.revision, s.files, s.positions)) {
          delay = 0;
          if (!journalWarned) {
            journalWarned = true;
            store
              .getState()
              .showNotice(
                'This browser cannot keep a crash copy of this design (storage is full or the design is very large), so every edit is saved at once; export the design to be safe.',
              );
          }
        }
      }
      clearTimeout(timer);
      timer = setTimeout(() => (saving = saving.then(save)), delay);
    });
    // Leaving the page: write what is pending right away.
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      saving = saving.then(save);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      unsubscribe();
    };
  }, [store, library]);
}
