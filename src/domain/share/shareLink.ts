import { Inflate, deflateSync, strToU8, strFromU8 } from 'fflate';
import type { DesignFile } from '../design/design';
import { isJsonObject, type Unchecked } from '../manifest/jsonValue';

/**
 * Share links carry a whole design in the URL fragment (`#design=v1.<data>`), which browsers never
 * send to a server. The data is deflated JSON in base64url. Decoding only parses JSON and checks its
 * shape: nothing in a link is ever run.
 */
export interface SharedDesign {
  name: string;
  files: DesignFile[];
  /** The design's scenarios as a scenarios file (YAML), checked by its own parser on opening. */
  scenarios?: string;
  /** A lesson file (YAML): the link opens the lesson, not a read-only design. */
  lesson?: string;
}

const SHARE_VERSION = 1;
/** Longest link payload accepted or produced: chat tools and QR codes cut longer URLs. */
export const MAX_LINK_CHARS = 60_000;
/** Largest design a link may expand to (guards against a crafted "zip bomb" payload). */
const MAX_SHARED_BYTES = 5_000_000;
const PREFIX = 'design=';

export function encodeShareFragment(
  design: SharedDesign,
): { ok: true; fragment: string } | { ok: false; message: string } {
  const json = JSON.stringify({
    v: SHARE_VERSION,
    name: design.name,
    files: design.files.map((f) => ({ path: f.path, text: f.text })),
    ...(design.scenarios ? { scenarios: design.scenarios } : {}),
    ...(design.lesson ? { lesson: design.lesson } : {}),
  });
  const data = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  const fragment = `${PREFIX}v${SHARE_VERSION}.${data}`;
  if (fragment.length > MAX_LINK_CHARS)
    return {
      ok: false,
      message: `This design needs a ${Math.ceil(fragment.length / 1000)} KB link; links are limited to ${MAX_LINK_CHARS / 1000} KB. Share the downloaded file instead.`,
    };
  return { ok: true, fragment };
}

/** Reads a fragment (with or without `#`); every problem is a sentence for the user. */
export function decodeShareFragment(
  fragment: string,
): { ok: true; design: SharedDesign } | { ok: false; message: string } | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(PREFIX)) return null;
  const m = /^v(\d+)\.([A-Za-z0-9_-]*)$/.exec(text.slice(PREFIX.length));
  if (!m)
    return {
      ok: false,
      message: 'This share link is damaged (its data is not in the expected form).',
    };
  const version = Number(m[1]);
  if (version > SHARE_VERSION)
    return {
      ok: false,
      message: `This link was made by a newer Eventflow Studio (link version ${version}); update the app to open it.`,
    };
  if (text.length > MAX_LINK_CHARS)
    return {
      ok: false,
      message: `This link is longer than the ${MAX_LINK_CHARS / 1000} KB limit.`,
    };
  let json: string;
  try {
    json = inflateLimited(fromBase64Url(m[2] ?? ''), MAX_SHARED_BYTES);
  } catch (e) {
    return {
      ok: false,
      message: `This share link is damaged: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This share link is damaged (its data is not JSON).' };
  }
  return readShared(value);
}

function readShared(
  value: unknown,
): { ok: true; design: SharedDesign } | { ok: false; message: string } {
  const v: Unchecked<SharedDesign> | undefined = isJsonObject(value) ? value : undefined;
  if (!v || !Array.isArray(v.files))
    return { ok: false, message: 'This share link holds no design.' };
  const files: DesignFile[] = [];
  for (const file of v.files) {
    const path: unknown = isJsonObject(file) ? file.path : undefined;
    const text: unknown = isJsonObject(file) ? file.text : undefined;
    if (typeof path !== 'string' || typeof text !== 'string')
      return { ok: false, message: 'This share link holds a file without a path or text.' };
    files.push({ path: path.slice(0, 200), text });
  }
  return {
    ok: true,
    design: {
      name: typeof v.name === 'string' && v.name.trim() ? v.name.slice(0, 120) : 'Shared design',
      files,
      ...(typeof v.scenarios === 'string' ? { scenarios: v.scenarios } : {}),
      ...(typeof v.lesson === 'string' ? { lesson: v.lesson } : {}),
    },
  };
}

function inflateLimited(data: Uint8Array, limit: number): string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Error(`it expands past ${limit / 1_000_000} MB`);
    chunks.push(chunk);
  });
  inflate.push(data, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return strFromU8(out);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      ALPHABET[(n >> 18) & 63]! +
      ALPHABET[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '') +
      (i + 2 < bytes.length ? ALPHABET[n & 63]! : '');
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error('it has characters a link cannot hold');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, at);
}
