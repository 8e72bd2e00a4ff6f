import {
  ANY,
  ARRAY,
  BOOL,
  DURATION,
  FLOAT,
  INT,
  isAny,
  isArray,
  isInteger,
  isMap,
  isNumber,
  isString,
  MAP,
  STRING,
  TIME,
  typeName,
  type ExprType,
} from './types';

/** A builtin's static rule: typed overloads (tried in order), or a validate function. */
export type BuiltinRule =
  | { overloads: { params: ExprType[]; out: ExprType }[] }
  | { validate: (args: ExprType[]) => ExprType | string };

const o = (out: ExprType, ...params: ExprType[]) => ({ params, out });
const STRINGS: ExprType = { k: 'array', elem: STRING };

const count = (n: number, args: ExprType[]) =>
  args.length !== n ? `invalid number of arguments (expected ${n}, got ${args.length})` : null;

const numeric = (name: string, out: (t: ExprType) => ExprType) => (args: ExprType[]) => {
  const bad = count(1, args);
  if (bad) return bad;
  const t = args[0]!;
  if (isNumber(t) || isAny(t)) return out(t);
  return `invalid argument for ${name} (type ${typeName(t)})`;
};

const collection =
  (what: string, out: ExprType, ok: (t: ExprType) => boolean) => (args: ExprType[]) => {
    const bad = count(1, args);
    if (bad) return bad;
    return ok(args[0]!) || isAny(args[0]!) ? out : `${what} ${typeName(args[0]!)}`;
  };

const minMax = (name: string) => (args: ExprType[]) => {
  if (args.length === 0) return `not enough arguments to call ${name}`;
  for (const a of args) {
    if (isAny(a)) return ANY;
    if (!isNumber(a)) return `invalid argument for ${name} (type ${typeName(a)})`;
  }
  return args[0]!;
};

/** Static rules of the builtins other than the predicates (builtin/builtin.go Types and Validate). */
export const BUILTIN_RULES: ReadonlyMap<string, BuiltinRule> = new Map<string, BuiltinRule>([
  [
    'len',
    {
      validate: (args) =>
        count(1, args) ??
        (isArray(args[0]!) || isMap(args[0]!) || isString(args[0]!) || isAny(args[0]!)
          ? INT
          : `invalid argument for len (type ${typeName(args[0]!)})`),
    },
  ],
  ['type', { overloads: [o(STRING, ANY)] }],
  ['abs', { validate: numeric('abs', (t) => t) }],
  ['ceil', { validate: numeric('ceil', () => FLOAT) }],
  ['floor', { validate: numeric('floor', () => FLOAT) }],
  ['round', { validate: numeric('floor', () => FLOAT) }],
  [
    'int',
    {
      validate: (args) =>
        count(1, args) ??
        (isAny(args[0]!) || isNumber(args[0]!) || isString(args[0]!)
          ? INT
          : `invalid argument for int (type ${typeName(args[0]!)})`),
    },
  ],
  [
    'float',
    {
      validate: (args) =>
        count(1, args) ??
        (isAny(args[0]!) || isNumber(args[0]!) || isString(args[0]!)
          ? FLOAT
          : `invalid argument for float (type ${typeName(args[0]!)})`),
    },
  ],
  ['string', { overloads: [o(STRING, ANY)] }],
  ['trim', { overloads: [o(STRING, STRING), o(STRING, STRING, STRING)] }],
  ['trimPrefix', { overloads: [o(STRING, STRING, STRING), o(STRING, STRING)] }],
  ['trimSuffix', { overloads: [o(STRING, STRING, STRING), o(STRING, STRING)] }],
  ['upper', { overloads: [o(STRING, STRING)] }],
  ['lower', { overloads: [o(STRING, STRING)] }],
  ['split', { overloads: [o(STRINGS, STRING, STRING), o(STRINGS, STRING, STRING, INT)] }],
  ['splitAfter', { overloads: [o(STRINGS, STRING, STRING), o(STRINGS, STRING, STRING, INT)] }],
  [
    'replace',
    { overloads: [o(STRING, STRING, STRING, STRING, INT), o(STRING, STRING, STRING, STRING)] },
  ],
  ['repeat', { overloads: [o(STRING, STRING, INT)] }],
  [
    'join',
    {
      overloads: [
        o(STRING, STRINGS, STRING),
        o(STRING, ARRAY, STRING),
        o(STRING, ARRAY),
        o(STRING, STRINGS, STRING),
        o(STRING, STRINGS),
      ],
    },
  ],
  ['indexOf', { overloads: [o(INT, STRING, STRING)] }],
  ['lastIndexOf', { overloads: [o(INT, STRING, STRING)] }],
  ['hasPrefix', { overloads: [o(BOOL, STRING, STRING)] }],
  ['hasSuffix', { overloads: [o(BOOL, STRING, STRING)] }],
  ['max', { validate: minMax('max') }],
  ['min', { validate: minMax('min') }],
  ['sum', { validate: collection('cannot sum', ANY, isArray) }],
  ['mean', { validate: collection('cannot avg', FLOAT, isArray) }],
  ['median', { validate: collection('cannot median', FLOAT, isArray) }],
  ['toJSON', { overloads: [o(STRING, ANY)] }],
  ['fromJSON', { overloads: [o(ANY, STRING)] }],
  ['toBase64', { overloads: [o(STRING, STRING)] }],
  ['fromBase64', { overloads: [o(STRING, STRING)] }],
  ['now', { overloads: [o(TIME)] }],
  ['duration', { overloads: [o(DURATION, STRING)] }],
  [
    'date',
    { overloads: [o(TIME, STRING), o(TIME, STRING, STRING), o(TIME, STRING, STRING, STRING)] },
  ],
  [
    'first',
    {
      validate: (args) =>
        count(1, args) ??
        (isAny(args[0]!)
          ? ANY
          : args[0]!.k === 'array'
            ? args[0]!.elem
            : `cannot get first element from ${typeName(args[0]!)}`),
    },
  ],
  [
    'last',
    {
      validate: (args) =>
        count(1, args) ??
        (isAny(args[0]!)
          ? ANY
          : args[0]!.k === 'array'
            ? args[0]!.elem
            : `cannot get last element from ${typeName(args[0]!)}`),
    },
  ],
  [
    'take',
    {
      validate: (args) => {
        const bad = count(2, args);
        if (bad) return bad;
        if (!isAny(args[0]!) && !isArray(args[0]!)) return `cannot take from ${typeName(args[0]!)}`;
        if (!isAny(args[1]!) && !isInteger(args[1]!))
          return `cannot take ${typeName(args[1]!)} elements`;
        return args[0]!;
      },
    },
  ],
  ['keys', { validate: collection('cannot get keys from', ARRAY, isMap) }],
  ['values', { validate: collection('cannot get values from', ARRAY, isMap) }],
  ['toPairs', { validate: collection('cannot transform', ARRAY, isMap) }],
  ['fromPairs', { validate: collection('cannot transform', MAP, isArray) }],
  [
    'sort',
    {
      validate: (args) => {
        if (args.length !== 1 && args.length !== 2)
          return `invalid number of arguments (expected 1 or 2, got ${args.length})`;
        if (!isAny(args[0]!) && !isArray(args[0]!)) return `cannot sort ${typeName(args[0]!)}`;
        if (args.length === 2 && !isAny(args[1]!) && !isString(args[1]!))
          return `invalid argument for sort (expected string, got ${typeName(args[1]!)})`;
        return ARRAY;
      },
    },
  ],
  [
    'sortBy',
    {
      validate: (args) => {
        if (args.length !== 2 && args.length !== 3)
          return `invalid number of arguments (expected 2 or 3, got ${args.length})`;
        if (!isAny(args[0]!) && !isArray(args[0]!)) return `cannot sort ${typeName(args[0]!)}`;
        for (const a of args.slice(1))
          if (!isAny(a) && !isString(a))
            return `invalid argument for sort (expected string, got ${typeName(args[1]!)})`;
        return ARRAY;
      },
    },
  ],
]);
