import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';
import { run, scratch, SEED_PATH } from '../testKit';
import { readFileBounded, readStreamBounded } from './readBounded';

// Issue 23, "Unbounded reads in the CLI": each of these grew to 3–14 GB or blocked forever, because
// the size check trusted stat().size (0 for devices) and reading a FIFO waits for a writer.
describe('bounded reads: every input path reads at most its limit and refuses what is not a file', () => {
  it('eventflow validate /dev/zero is refused with a sentence, before reading', async () => {
    const r = await run(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /^\/dev\/zero:1:1 error input\.not-regular this is a character device, not a regular file/m,
    );
  });

  it('a folder holding x.yaml -> /dev/zero', async () => {
    const dir = scratch({ 'ok.yaml': 'kind: ConfigMap\napiVersion: v1\nmetadata: {name: a}\n' });
    symlinkSync('/dev/zero', join(dir, 'x.yaml'));
    const r = await run(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/x\.yaml:1:1 error input\.not-regular this is a character device/);
  });

  it('a FIFO named .yaml, alone or in a folder, never blocks', async () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const alone = await run(['validate', 'pipe.yaml'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.out).toContain(
      'pipe.yaml:1:1 error input.not-regular this is a named pipe (FIFO)',
    );
    const walked = await run(['validate', '.'], { cwd: dir });
    expect(walked.code).toBe(2);
    expect(walked.out).toContain('input.not-regular this is a named pipe (FIFO)');
    // Even when the check is raced (a file swapped for a FIFO), the non-blocking open does not wait.
    expect(readFileBounded(join(dir, 'pipe.yaml'), 10)).toMatchObject({
      ok: false,
      problem: { code: 'input.not-regular' },
    });
  });

  it('a socket named .yaml', async () => {
    const dir = scratch();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.yaml'), resolve));
    try {
      const r = await run(['validate', 'sock.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.out).toContain('this is a socket, not a regular file');
    } finally {
      server.close();
    }
  });

  it('simulate --event …=@/dev/zero', async () => {
    const r = await run(['simulate', SEED_PATH, '--event', 'webhook/build=@/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^\/dev\/zero:1:1 error input\.not-regular /m);
  });

  it('conformance /dev/zero', async () => {
    const r = await run(['conformance', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^\/dev\/zero:1:1 error input\.not-regular /m);
  });

  it('lesson, test, roundtrip, share and export refuse it the same way', async () => {
    for (const argv of [
      ['lesson', '/dev/zero'],
      [
        'lesson',
        join(import.meta.dirname, '../../lessons/01-build-pipeline.lesson.yaml'),
        '--grade',
        '/dev/zero',
      ],
      ['test', '/dev/zero'],
      ['roundtrip', '/dev/zero'],
      ['share', '/dev/zero'],
      ['export', '/dev/zero', '--out', scratch()],
    ]) {
      const r = await run(argv);
      expect([argv[0], r.code]).toEqual([argv[0], 2]);
      expect(r.out).toContain('/dev/zero:1:1 error input.not-regular');
    }
  });

  it('a regular file over the limit stops being read at the limit', () => {
    const dir = scratch({ 'big.yaml': 'x'.repeat(2048) });
    expect(readFileBounded(join(dir, 'big.yaml'), 1024)).toMatchObject({
      ok: false,
      problem: {
        code: 'input.too-large',
        message: 'more than 1 KiB, the limit; nothing past it was read',
      },
    });
    expect(readFileBounded(join(dir, 'big.yaml'), 2048)).toMatchObject({ ok: true });
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('standard input stops at the limit, however much more is coming', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(new Uint8Array(65536));
      },
    });
    const r = await readStreamBounded(endless, 1024 * 1024);
    expect(r).toMatchObject({ ok: false, problem: { code: 'input.too-large' } });
    expect(produced).toBeLessThan(4 * 1024 * 1024);
  });

  it('a directory named as a file argument is walked; a missing one is not found', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    expect((await run(['validate', dir])).code).toBe(0);
    expect((await run(['validate', join(dir, 'nope')])).out).toContain('input.not-found');
  });
});
