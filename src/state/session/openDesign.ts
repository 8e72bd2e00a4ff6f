import { createDesignerStore, type DesignerStore } from '../createDesignerStore';
import type { DesignLibrary, DesignSummary } from '../designLibrary';
import { findExample, SEED_EXAMPLE_ID } from '../../examples/templates';
import { decodeShareFragment, type SharedDesign } from '../../domain/share/shareLink';
import { parseScenarioFile } from '../../domain/scenario/scenario';
import { parseLesson } from '../../domain/lesson/lesson';
import { shippedLesson } from '../../lessons/shippedLessons';
import { openLesson } from './openLesson';
import { remember } from './rememberDesign';

/**
 * Which design to open: `?design=<id>`; `?new` or `?example=<id>` create a design; else the last
 * one opened here, else the most recent, else the hands-on example. `notice` says what went wrong.
 */
export async function openInitialDesign(
  library: DesignLibrary,
): Promise<{ store: DesignerStore; notice?: string; sharedName?: string }> {
  // The list is checked against the stored designs first, so none stays invisible.
  const designs = await library.list();
  const repaired = library.takeRepairNotice() ?? undefined;
  const withRepair = (r: { store: DesignerStore; notice?: string; sharedName?: string }) =>
    repaired ? { ...r, notice: [repaired, r.notice].filter(Boolean).join(' ') } : r;
  return withRepair(await pickDesign(library, designs));
}

async function pickDesign(
  library: DesignLibrary,
  designs: DesignSummary[],
): Promise<{ store: DesignerStore; notice?: string; sharedName?: string }> {
  const shared = decodeShareFragment(window.location.hash);
  let lessonNotice: string | undefined;
  if (shared?.ok && shared.design.lesson !== undefined) {
    // A lesson link opens the lesson to work on (saved as the learner's own design), not read-only.
    const parsed = parseLesson(shared.design.lesson);
    if (parsed.ok)
      return { store: await openLesson(library, shared.design.lesson, parsed.lesson, 'outside') };
    const first = parsed.problems[0];
    lessonNotice = `The lesson in this link could not be read (line ${first?.line ?? 1}: ${first?.message ?? 'unknown problem'}).`;
  } else if (shared?.ok)
    return { store: sharedStore(shared.design), sharedName: shared.design.name };
  const params = new URLSearchParams(window.location.search);
  const lessonId = params.get('lesson');
  if (lessonId !== null) {
    const shipped = shippedLesson(lessonId);
    if (shipped) return { store: await openLesson(library, shipped.source, shipped.lesson) };
    lessonNotice = `There is no lesson "${lessonId}"; open the Workshop to see the lessons.`;
  }
  if (params.has('new'))
    return {
      store: remember(await library.create('Untitled design', [{ path: 'design.yaml', text: '' }])),
    };
  const requested = params.get('example');
  if (requested !== null) {
    const example = findExample(requested);
    const chosen = example ?? findExample(SEED_EXAMPLE_ID)!;
    return {
      store: remember(await library.create(chosen.title, chosen.files, {}, chosen.scenarios)),
      notice: example
        ? undefined
        : `There is no example "${requested}"; the hands-on example opened instead.`,
    };
  }
  let notice: string | undefined =
    lessonNotice ?? (shared && !shared.ok ? shared.message : undefined);
  const wanted = params.get('design') ?? localStorage.getItem('eventflow:last-design');
  if (wanted) {
    const opened = await library.open(wanted, { recover: true });
    if (opened.ok) return { store: remember(opened.design), notice: opened.notice };
    if (params.has('design')) notice = opened.message;
  }
  const migrated = await library.migrateLegacy();
  if (migrated) return { store: remember(migrated), notice };
  for (const summary of designs) {
    const opened = await library.open(summary.id, { recover: true });
    if (opened.ok) return { store: remember(opened.design), notice: opened.notice ?? notice };
  }
  const seed = findExample(SEED_EXAMPLE_ID)!;
  return {
    store: remember(await library.create(seed.title, seed.files, {}, seed.scenarios)),
    notice,
  };
}

export async function openDesign(
  library: DesignLibrary,
  id: string,
): Promise<{ store: DesignerStore } | { error: string }> {
  const opened = await library.open(id, { recover: true });
  if (!opened.ok) return { error: opened.message };
  const store = remember(opened.design);
  if (opened.notice) store.getState().showNotice(opened.notice);
  return { store };
}

/** The hands-on example, held only in memory: what opens when the browser will not store anything. */
export function unsavedStore(): DesignerStore {
  const seed = findExample(SEED_EXAMPLE_ID)!;
  return createDesignerStore(seed.files, {}, null, seed.scenarios);
}

/** A design from a share link: read-only, not in the library, so it can never overwrite saved work. */
function sharedStore(design: SharedDesign): DesignerStore {
  const parsed = design.scenarios ? parseScenarioFile(design.scenarios) : null;
  return createDesignerStore(design.files, {}, null, parsed?.ok ? parsed.file.scenarios : [], true);
}
