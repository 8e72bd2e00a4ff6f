import { FENGARI_VERSION } from './fengariMain';
import { to_luastring, type LuaProto, type LuaState } from 'fengari';
import lobject from 'fengari/src/lobject.js';
import lstring from 'fengari/src/lstring.js';
import ldebug from 'fengari/src/ldebug.js';
import lopcodes from 'fengari/src/lopcodes.js';
import { luaNumberString, luaParseNumber } from './luaNumbers';

/**
 * fengari (Lua 5.3, exact version pinned) patched in two places so its numbers are gopher-lua's:
 * every string → number conversion (numerals, coercions, tonumber) goes through
 * lobject.luaO_str2num and gives a float64, and every number → string conversion goes through
 * lobject.luaO_tostring and prints like LNumber.String(). Both are called through the module
 * object by fengari's lexer, VM and API, so replacing them there reaches every caller. String
 * creation is counted the same way (lobject.setsvalue2s / pushsvalue2s) for the memory budget.
 * A unit test checks each patch, so a fengari upgrade that bypasses them fails loudly.
 */
const OP_CONCAT = lopcodes.OpCodesI.OP_CONCAT;

/** Strings longer than this are charged to the budget; shorter ones are bounded by the instruction limit. */
const CHARGE_FROM = 64;

/** The running evaluation's string budget (one at a time: fengari runs synchronously). */
export interface StringBudget {
  limit: number;
  used: number;
  exceeded: boolean;
}
let budget: StringBudget | null = null;
let raising = false;

export function setBudget(b: StringBudget | null): void {
  budget = b;
}

/** Charges `bytes` about to be built; raises a Lua error once the budget is spent. */
function charge(L: LuaState, bytes: number): void {
  if (budget === null || raising) return;
  budget.used += bytes;
  if (budget.used > budget.limit) {
    budget.exceeded = true;
    raising = true;
    try {
      ldebug.luaG_runerror(L, to_luastring('script exceeded its string memory budget'));
    } finally {
      raising = false;
    }
  }
}

/** Raises the budget error if building `bytes` more would overspend (checked before building). */
export function ensure(L: LuaState, bytes: number): void {
  if (budget === null) return;
  if (budget.used + bytes > budget.limit) charge(L, bytes);
}

function latin1(s: Uint8Array): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s[i]!);
  return out;
}

let patched = false;
void FENGARI_VERSION;

/** Installs the patches (idempotent). */
export function patchFengari(): void {
  if (patched) return;
  patched = true;
  lobject.luaO_str2num = (s, o) => {
    if (s.length > 400) return 0;
    const v = luaParseNumber(latin1(s));
    if (v === null) return 0;
    o.setfltvalue(v);
    return s.length + 1;
  };
  lobject.luaO_tostring = (L, o) => {
    const text = o.ttisinteger() ? String(o.value) : luaNumberString(o.value);
    o.setsvalue(lstring.luaS_bless(L, to_luastring(text)));
  };
  const set = lobject.setsvalue2s;
  lobject.setsvalue2s = (L, idx, ts) => {
    if (ts.realstring.length > CHARGE_FROM) charge(L, ts.realstring.length);
    set(L, idx, ts);
  };
  const push = lobject.pushsvalue2s;
  lobject.pushsvalue2s = (L, ts) => {
    if (ts.realstring.length > CHARGE_FROM) charge(L, ts.realstring.length);
    push(L, ts);
  };
}

/**
 * The most operands one `..` expression of the loaded chunk (at the top of the stack) joins: one
 * OP_CONCAT allocates their total at once, so the budget is divided by it.
 */
export function maxConcatOperands(L: LuaState): number {
  const root = L.stack[L.top - 1]?.value?.p;
  let max = 2;
  const walk = (p: LuaProto, depth: number) => {
    if (depth > 200) return;
    for (const i of p.code) if (i.opcode === OP_CONCAT) max = Math.max(max, i.C - i.B + 1);
    for (const child of p.p) walk(child, depth + 1);
  };
  if (root) walk(root, 0);
  return max;
}
