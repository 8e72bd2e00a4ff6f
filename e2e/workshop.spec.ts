import { test, expect, freshBrowserPage } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { encodeShareFragment } from '../src/domain/share/shareLink';

async function setField(page: Page, label: string, value: string) {
  const field = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

const check = (lesson: Locator, title: string) =>
  lesson.getByRole('listitem', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
  });
const passes = (item: Locator) => expect(item).toHaveAccessibleName(/: passes$/);

test('a learner opens lesson 1, builds the pipeline, watches the checks turn green, then breaks the dataKey and sees the hint', async ({
  page,
}) => {
  await page.goto('/?new');
  await expect(page.getByTestId('design.name')).toHaveText('Untitled design');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('open lesson 1.');
  await page.keyboard.press('Enter');

  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    '1. The hands-on exercise: an event-driven build pipeline',
  );
  await expect(page.getByTestId('design.name')).toHaveText(
    'Lesson: The hands-on exercise: an event-driven build pipeline',
  );
  await expect(lesson.getByText('0 of 6 checks pass')).toBeVisible();
  const bus = check(lesson, 'An EventBus named default runs on JetStream');
  await expect(bus).toHaveAccessibleName(/: fails$/);
  await expect(bus).toContainText('Hint: Search the palette for "JetStream"');

  const canvas = page.getByTestId('canvas');
  const search = page.getByRole('searchbox', { name: 'Search the palette' });
  await search.fill('jetstream');
  await page.getByRole('button', { name: 'Add NATS JetStream EventBus' }).click();
  await setField(page, 'version', '2.9.22');
  await passes(bus);
  await expect(lesson.getByText('2 of 6 checks pass')).toBeVisible();

  await search.fill('webhook');
  await page.getByRole('button', { name: 'Add Webhook EventSource' }).click();
  await canvas.getByRole('group', { name: 'Event example', exact: true }).click();
  await setField(page, 'Name', 'build');
  await setField(page, 'endpoint', '/build');
  await passes(check(lesson, 'The webhook listens for POST on port 12000 at /build'));

  await search.fill('argo');
  await page.getByRole('button', { name: 'Add Argo Workflow trigger' }).click();
  await canvas
    .getByRole('group', { name: 'Sensor sensor', exact: true })
    .click({ position: { x: 60, y: 12 } });
  await setField(page, 'Name', 'build-sensor');
  await passes(check(lesson, 'The Sensor submits an Argo Workflow'));
  await canvas
    .getByRole('group', { name: 'Event build', exact: true })
    .locator('.react-flow__handle-right')
    .dragTo(
      canvas
        .getByRole('group', { name: 'Sensor build-sensor', exact: true })
        .locator('.react-flow__handle-left'),
    );
  await passes(check(lesson, 'The Sensor build-sensor depends on webhook/build'));

  const output = check(lesson, 'Sending the kubedojo build prints "Received event data: kubedojo"');
  await expect(output).toHaveAccessibleName(/: fails$/);
  await canvas.getByRole('group', { name: /^Trigger / }).click();
  await page.getByRole('button', { name: 'Add parameter' }).click();
  await setField(page, 'Key or template', 'body.project');
  await passes(output);
  await expect(lesson.getByText('6 of 6 checks pass')).toBeVisible();
  await expect(lesson.getByText('Lesson complete.')).toBeVisible();
  await expect(
    lesson.getByRole('button', { name: 'Next lesson: Only pushes to main trigger a build' }),
  ).toBeVisible();

  // The lesson's saved event is in the simulator; sending it shows the predicted output.
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const sim = page.getByRole('tabpanel', { name: 'Simulator' });
  await sim
    .getByRole('region', { name: 'Saved events' })
    .getByRole('button', { name: 'Send kubedojo build' })
    .click();
  await expect(
    sim.getByRole('region', { name: 'Details' }).getByTestId('simulator.predicted-output'),
  ).toHaveText('Received event data: kubedojo');
  await page.screenshot({ path: 'test-results/workshop-lesson-complete.png' });

  // A wrong dataKey: the output check fails with its hint and what it found.
  await setField(page, 'Key or template', 'body.projet');
  await expect(output).toHaveAccessibleName(/: fails$/);
  await expect(output).toContainText('Hint: The Workflow prints its message argument');
  await output.getByText('What the check found').click();
  await expect(output).toContainText('kubedojo');
  await expect(lesson.getByText('5 of 6 checks pass')).toBeVisible();
  await page.screenshot({ path: 'test-results/workshop-hint.png' });

  // Progress is kept: the workshop lists lesson 1 as started, and going back reopens the same work.
  await page.getByRole('button', { name: 'Workshop', exact: true }).first().click();
  const workshop = page.getByRole('dialog', { name: 'Workshop: Argo Events' });
  await expect(
    workshop.getByRole('listitem', {
      name: '1. The hands-on exercise: an event-driven build pipeline',
    }),
  ).toContainText('5 of 6 checks pass');
  await workshop
    .getByRole('button', { name: 'Start 2. Only pushes to main trigger a build' })
    .click();
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    '2. Only pushes to main trigger a build',
  );
  await page.getByRole('button', { name: 'Workshop', exact: true }).first().click();
  await workshop
    .getByRole('button', {
      name: 'Continue 1. The hands-on exercise: an event-driven build pipeline',
    })
    .click();
  await expect(lesson.getByText('5 of 6 checks pass')).toBeVisible();
});

test('resetting a lesson brings back its start, and undo brings the work back', async ({
  page,
}) => {
  await page.goto('/?lesson=only-main');
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    '2. Only pushes to main trigger a build',
  );
  const canvas = page.getByTestId('canvas');
  await expect(canvas.getByRole('group', { name: /^Sensor / })).toHaveCount(1);
  await canvas.getByRole('group', { name: /^Sensor / }).click({ position: { x: 60, y: 12 } });
  await page.keyboard.press('Delete');
  await expect(canvas.getByRole('group', { name: /^Sensor / })).toHaveCount(0);
  await lesson.getByRole('button', { name: 'Reset lesson' }).click();
  await lesson
    .getByRole('group', { name: 'Reset the lesson?' })
    .getByRole('button', { name: 'Reset' })
    .click();
  await expect(canvas.getByRole('group', { name: /^Sensor / })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.getByRole('group', { name: /^Sensor / })).toHaveCount(0);

  await lesson.getByRole('button', { name: 'Show solution' }).click();
  const solution = page.getByRole('dialog', { name: /^Solution: / });
  await expect(solution.getByLabel('Solution YAML')).toContainText('refs/heads/main');
  await solution.getByRole('button', { name: 'Close' }).click();
});

test('a teacher makes a lesson from a design, shares it by link, and a learner opens it', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?example=build-pipeline');
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Workshop: Argo Events' })
    .getByRole('button', { name: 'Make a lesson from this design…' })
    .click();
  const make = page.getByRole('dialog', { name: 'Make a lesson from this design' });
  const text = make.getByRole('textbox', { name: 'Lesson file' });
  await expect(text).toHaveValue(/kind: Lesson/);
  await text.fill((await text.inputValue()).replace(/^title: .*$/m, 'title: My webhook lesson'));
  await make.getByRole('button', { name: 'Copy lesson link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#design=v1\./);
  // A mistake in the file is shown with its line, and nothing can be exported until it is fixed.
  await text.fill('kind: Lesson\napiVersion: eventflow.dev/v1alpha1\nid: Bad Id\n');
  await expect(make.getByRole('alert', { name: 'Problems in the lesson file' })).toContainText(
    'Line 3',
  );
  await expect(make.getByRole('button', { name: 'Download lesson file' })).toBeDisabled();

  const { page: learner, errors, close } = await freshBrowserPage(browser);
  await learner.goto(link);
  const lesson = learner.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText('My webhook lesson');
  await expect(check(lesson, 'An EventBus named default runs jetstream')).toHaveAccessibleName(
    /: fails$/,
  );
  await expect(lesson.getByText(/^\d of 8 checks pass$/)).toBeVisible();
  await expect(learner.getByTestId('canvas').getByRole('group', { name: /^Sensor / })).toHaveCount(
    0,
  );
  expect(errors).toEqual([]);
  await close();
});

test('a lesson link that reuses a started lesson\u2019s id opens as a lesson of its own', async ({
  page,
}) => {
  await page.goto('/?lesson=build-pipeline');
  const lesson = page.getByRole('complementary', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    '1. The hands-on exercise: an event-driven build pipeline',
  );
  const original = await page.evaluate(() => location.search);
  const spoof = [
    'apiVersion: eventflow.dev/v1alpha1',
    'kind: Lesson',
    'id: build-pipeline',
    'title: ALL GOOD',
    'goal: Nothing to do.',
    'checks:',
    '  - {title: Always, hint: none, noErrors: true}',
    '',
  ].join('\n');
  const fragment = encodeShareFragment({ name: 'spoof', files: [], lesson: spoof });
  if (!fragment.ok) throw new Error(fragment.message);
  await page.goto(`/#${fragment.fragment}`);
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText('ALL GOOD');
  await expect(page.getByTestId('design.name')).toHaveText(/\(from a link\)$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'opened as a separate lesson' }),
  ).toBeVisible();
  // The learner's own lesson still grades by its own checks.
  await page.goto(`/${original}`);
  await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
    '1. The hands-on exercise: an event-driven build pipeline',
  );
});

test('the review quiz asks the module\u2019s seven questions and shows its answers', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Review quiz' }).click();
  const quiz = page.getByRole('dialog', { name: 'Review quiz' });
  await expect(quiz.getByRole('group')).toHaveCount(7);
  await quiz
    .getByRole('group', { name: /recommended EventBus backend/ })
    .getByRole('radio', { name: 'JetStream, built on NATS' })
    .check();
  await expect(quiz.getByRole('note', { name: 'Answer to question 2' })).toContainText('Right.');
  await expect(quiz.getByRole('note', { name: 'Answer to question 2' })).toContainText(
    'STAN (NATS Streaming) is deprecated',
  );
  await quiz
    .getByRole('group', { name: /ONLY for pushes to the main branch/ })
    .getByRole('radio', { name: 'A time filter' })
    .check();
  await expect(quiz.getByRole('note', { name: 'Answer to question 7' })).toContainText(
    'Not quite.',
  );
  await expect(quiz.getByRole('status')).toHaveText('1 of 2 right, 5 to go');
  await page.screenshot({ path: 'test-results/workshop-quiz.png' });
  await page.keyboard.press('Escape');
  await expect(quiz).toBeHidden();
});

test.describe('first run', () => {
  test.use({ showTour: true });

  test('the guided tour walks through the five areas, can be skipped, and reopens from Help', async ({
    page,
  }) => {
    await page.goto('/');
    const tour = page.getByRole('dialog', { name: 'Palette' });
    await expect(tour).toContainText('Step 1 of 5');
    await page.screenshot({ path: 'test-results/tour-step-1.png' });
    for (const next of ['Canvas', 'Inspector', 'YAML', 'Simulator']) {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: next })).toBeVisible();
    }
    await page.screenshot({ path: 'test-results/tour-step-5.png' });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('dialog', { name: 'Simulator' })).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('design.name')).toBeVisible();
    await expect(page.getByText('Step 1 of 5')).toBeHidden();

    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Take the guided tour' }).click();
    await expect(page.getByRole('dialog', { name: 'Palette' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText('Step 1 of 5')).toBeHidden();
  });
});
