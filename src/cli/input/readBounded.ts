import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { asRecord } from '../../lib/jsonValue';

/** Why a path could not be read; `code` is stable, `message` is a sentence for the user. */
export interface ReadProblem {
  code:
    | 'input.not-found'
    | 'input.not-regular'
    | 'input.too-large'
    | 'input.binary'
    | 'input.not-utf8'
    | 'input.unreadable';
  message: string;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: ReadProblem };

const CHUNK = 64 * 1024;

/** What kind of thing a path is, in words, for a refusal ("a character device"). */
function describeNonRegular(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function refuseNonRegular(st: Stats): ReadProblem {
  return {
    code: 'input.not-regular',
    message: `this is ${describeNonRegular(st)}, not a regular file; only regular files are read (use - for standard input)`,
  };
}

/**
 * Reads a regular file, at most `limit` bytes, counting bytes as it reads: `stat().size` is 0 for
 * devices and /proc files, so it cannot be trusted. The file is opened non-blocking and checked on
 * the open descriptor, so a FIFO (or a path swapped for one after the first check) never blocks and
 * devices such as /dev/zero are refused before a byte is read.
 */
export function readFileBounded(path: string, limit: number): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return { ok: false, problem: fsProblem(e) };
  }
  if (!st.isFile()) return { ok: false, problem: refuseNonRegular(st) };
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0),
    );
  } catch (e) {
    return { ok: false, problem: fsProblem(e) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: refuseNonRegular(opened) };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > limit) return { ok: false, problem: tooLarge(limit) };
    }
    return { ok: true, bytes: concat(chunks, total) };
  } catch (e) {
    return { ok: false, problem: fsProblem(e) };
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) up to `limit` bytes, then stops reading. */
export async function readStreamBounded(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void },
  limit: number,
): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.length;
      if (total > limit) {
        stream.destroy?.();
        return { ok: false, problem: tooLarge(limit) };
      }
    }
  } catch (e) {
    return { ok: false, problem: fsProblem(e) };
  }
  return { ok: true, bytes: concat(chunks, total) };
}

/** Bytes → text: binary (NUL bytes) and invalid UTF-8 are refused; a BOM is dropped. */
export function decodeText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: ReadProblem } {
  if (bytes.includes(0))
    return {
      ok: false,
      problem: {
        code: 'input.binary',
        message: 'file holds binary data (NUL bytes), not YAML text',
      },
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return { ok: false, problem: { code: 'input.not-utf8', message: 'file is not UTF-8 text' } };
  }
}

/** Limits are binary megabytes; one formatter so every message states them the same way. */
function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${+(bytes / 1024).toFixed(1)} KiB`;
}

function tooLarge(limit: number): ReadProblem {
  return {
    code: 'input.too-large',
    message: `more than ${formatLimit(limit)}, the limit; nothing past it was read`,
  };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function fsProblem(e: unknown): ReadProblem {
  const code = asRecord(e)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { code: 'input.not-found', message: 'no such file or directory' };
  if (code === 'ENXIO')
    return {
      code: 'input.not-regular',
      message: 'this is a socket or device, not a regular file; only regular files are read',
    };
  if (code === 'EACCES' || code === 'EPERM')
    return { code: 'input.unreadable', message: 'permission denied' };
  if (code === 'ELOOP') return { code: 'input.unreadable', message: 'too many symbolic links' };
  return {
    code: 'input.unreadable',
    message: `cannot read it: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
  };
}
