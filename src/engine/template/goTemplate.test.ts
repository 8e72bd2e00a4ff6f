import { describe, expect, it } from 'vitest';
import { fromJson, renderTemplate } from './goTemplate';

const DATA = fromJson({
  Input: {
    header: { 'X-Github-Event': ['push'] },
    body: {
      action: 'reopened',
      count: 10,
      big: 1234567,
      tiny: 0.00001,
      price: '19.99',
      flag: true,
      items: [{ name: 'a' }, { name: 'b' }],
      user: 'alice',
      nothing: null,
    },
  },
});

const render = (t: string, data = DATA) =>
  renderTemplate(t, data, { now: Date.UTC(2026, 0, 2, 3, 4, 5) });
const out = (t: string) => {
  const r = render(t);
  if (!r.ok) throw new Error(r.error);
  return r.output;
};
const err = (t: string) => {
  const r = render(t);
  if (r.ok) throw new Error(`expected an error, got ${r.output}`);
  return r.error;
};

describe('Go text/template printing', () => {
  it.each([
    ['{{ .Input.body.count }}', '10'],
    ['{{ .Input.body.big }}', '1.234567e+06'],
    ['{{ .Input.body.tiny }}', '1e-05'],
    ['{{ .Input.body.items }}', '[map[name:a] map[name:b]]'],
    ['{{ .Input.body.items | toJson }}', '[{"name":"a"},{"name":"b"}]'],
    ['{{ .Input.header }}', 'map[X-Github-Event:[push]]'],
    ['{{ .Input.body.missing }}', '<no value>'],
    ['{{ .Input.body.missing.deeper }}', '<no value>'],
    // exec.go evalPipeline turns a nil interface{} result into the invalid value: <no value>.
    ['{{ .Input.body.nothing }}', '<no value>'],
    ['{{ .Input.body.flag }}', 'true'],
    ['{{ index .Input.header "X-Github-Event" 0 }}', 'push'],
    ['{{ printf "%.0f" .Input.body.big }}', '1234567'],
    ['{{ printf "%d" .Input.body.count }}', '%!d(float64=10)'],
    ['{{ printf "%s-%5.2f|%-4s|%03d" "x" 3.14159 "ab" 7 }}', 'x- 3.14|ab  |007'],
    ['{{ int64 .Input.body.big }}', '1234567'],
    ['{{ printf "%v %q %t" 1.5 "q" true }}', '1.5 "q" true'],
  ])('%s → %s', (t, expected) => {
    expect(out(t)).toBe(expected);
  });
});

describe('Go text/template control flow', () => {
  it.each([
    ['{{ if eq .Input.body.user "alice" }}yes{{ else }}no{{ end }}', 'yes'],
    ['{{ if .Input.body.missing }}a{{ else if .Input.body.flag }}b{{ else }}c{{ end }}', 'b'],
    ['{{ range $i, $it := .Input.body.items }}{{ $i }}={{ $it.name }};{{ end }}', '0=a;1=b;'],
    ['{{ range .Input.body.items }}{{ .name }}{{ end }}', 'ab'],
    ['{{ range .Input.nope }}x{{ else }}empty{{ end }}', 'empty'],
    ['{{ range $k, $v := .Input.header }}{{ $k }}{{ end }}', 'X-Github-Event'],
    ['{{ with .Input.body }}{{ .user }}{{ end }}', 'alice'],
    ['{{ $x := .Input.body.user }}{{ $x = upper $x }}{{ $x }}', 'ALICE'],
    ['a  {{- " b " -}}  c', 'a b c'],
    ['{{/* a comment */}}x', 'x'],
    ['{{ define "t" }}[{{ . }}]{{ end }}{{ template "t" .Input.body.user }}', '[alice]'],
    ['{{ range until 5 }}{{ if eq . 3 }}{{ break }}{{ end }}{{ . }}{{ end }}', '012'],
    ['{{ and .Input.body.flag .Input.body.user }}', 'alice'],
    ['{{ or .Input.body.missing "dflt" }}', 'dflt'],
    ['{{ len .Input.body.items }}', '2'],
    ['{{ (index .Input.body.items 1).name }}', 'b'],
    ['{{ if and .Input.body.missing .Input.body.missing.x }}y{{ else }}n{{ end }}', 'n'],
  ])('%s → %s', (t, expected) => {
    expect(out(t)).toBe(expected);
  });

  it.each([
    ['{{ .Input.header.X-Github-Event }}', 'bad character'],
    ['{{ if .Input }}', 'unexpected EOF'],
    ['{{ .Input.body.nothing.x }}', 'nil pointer evaluating interface {}.x'],
    ['{{ .Input.body.user.x }}', "can't evaluate field x in type string"],
    ['{{ eq .Input.body.count 10 }}', 'incompatible types for comparison'],
    ['{{ nosuchfunc 1 }}', 'function "nosuchfunc" not defined'],
    ['{{ upper .Input.body.missing }}', 'invalid value; expected string'],
    ['{{ index .Input.body.items 5 }}', 'index out of range'],
    ['{{ range until 1000000 }}{{ . }}{{ end }}', 'range too large'],
  ])('%s fails with %s', (t, fragment) => {
    expect(err(t)).toContain(fragment);
  });
});

describe('sprig', () => {
  it.each([
    ['{{ .Input.body.user | upper }}', 'ALICE'],
    ['{{ "hello world" | b64enc }}', 'aGVsbG8gd29ybGQ='],
    ['{{ b64dec "aGVsbG8gd29ybGQ=" }}', 'hello world'],
    ['{{ "hi" | sha256sum }}', '8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4'],
    ['{{ "hi" | sha1sum }}', 'c22b5f9178342609428d6f51b2c5af4c0bde6a42'],
    [
      '{{ trim "  x  " }}|{{ trimPrefix "re" "reopened" }}|{{ trimSuffix "ed" "opened" }}',
      'x|opened|open',
    ],
    ['{{ replace "-" "_" "a-b-c" }}', 'a_b_c'],
    [
      '{{ contains "open" .Input.body.action }} {{ hasPrefix "re" .Input.body.action }}',
      'true true',
    ],
    [
      '{{ default "none" .Input.body.missing }} {{ default "none" .Input.body.user }}',
      'none alice',
    ],
    [
      '{{ add 1 2 3 }} {{ sub 10 .Input.body.count }} {{ mul 2 3 }} {{ div 7 2 }} {{ mod 7 2 }}',
      '6 0 6 3 1',
    ],
    ['{{ addf 1.5 2 }} {{ max 1 5 3 }} {{ floor 1.7 }}', '3.5 5 1'],
    ['{{ list 1 2 3 | join "," }}', '1,2,3'],
    ['{{ splitList "," "a,b" | last }}', 'b'],
    ['{{ (split "," "a,b")._1 }}', 'b'],
    ['{{ dict "a" 1 "b" "x" | toJson }}', '{"a":1,"b":"x"}'],
    ['{{ keys (dict "b" 1 "a" 2) | join "," }}', 'a,b'],
    ['{{ regexMatch "^re.*ed$" .Input.body.action }}', 'true'],
    ['{{ regexReplaceAll "(o)(p)" "open" "${2}$1" }}', 'poen'],
    ['{{ regexFindAll "[ab]" "abcab" -1 | toJson }}', '["a","b","a","b"]'],
    ['{{ "a<b" | toJson }} {{ "a<b" | toRawJson }}', '"a\\u003cb" "a<b"'],
    ['{{ ternary "y" "n" .Input.body.flag }}', 'y'],
    ['{{ .Input.body.price | float64 | mulf 2 }}', '39.98'],
    ['{{ atoi "42" | add1 }}', '43'],
    ['{{ now | date "2006-01-02 15:04:05 MST" }}', '2026-01-02 03:04:05 UTC'],
    ['{{ dateInZone "Mon Jan 2 15:04 -07:00" now "America/New_York" }}', 'Thu Jan 1 22:04 -05:00'],
    ['{{ (fromJson "{\\"a\\":[1,2]}").a }}', '[1 2]'],
    [
      '{{ snakecase "HelloWorld" }} {{ kebabcase "helloWorld" }} {{ camelcase "hello_world" }}',
      'hello_world hello-world HelloWorld',
    ],
    ['{{ quote "a" 1 }} {{ squote "b" }}', '"a" "1" \'b\''],
    ['{{ env "HOME" }}', ''],
    ['{{ typeOf .Input.body.count }} {{ kindOf .Input.body.items }}', 'float64 slice'],
  ])('%s → %s', (t, expected) => {
    expect(out(t)).toBe(expected);
  });

  it('marks random functions unavailable instead of inventing values', () => {
    expect(err('{{ uuidv4 }}')).toContain('not available in the simulator');
  });
});

// text/template exec.go evalArg (a nil argument is a nil interface{}), fmt print.go printArg.
describe('nil and missing values', () => {
  it.each([
    ['{{ printf "%s" nil }}', '%!s(<nil>)'],
    ['{{ printf "%v" nil }}', '<nil>'],
    ['{{ printf "%d" .Input.missing }}', '%!d(<nil>)'],
    ['{{ .Input.n }}', '<no value>'],
    ['{{ printf "%v" .Input.n }}', '<nil>'],
    ['{{ .Input.n | printf "%v" }}', '<nil>'],
    ['{{ .Input.missing }}', '<no value>'],
    ['{{ replace "" "-" "ab" }}', '-a-b-'],
  ])('%s → %s', (text, out) => {
    expect(renderTemplate(text, { Input: fromJson({ n: null }) })).toEqual({
      ok: true,
      output: out,
    });
  });
});

// text/template exec.go (evalPipeline, evalArg, validateType) and funcs.go (eq, lt, index,
// evalArgs, and/or), fmt print.go (printValue, badVerb), sprig functions on nil input.
describe('Go exec and fmt edges', () => {
  const data = fromJson(
    JSON.parse(
      '{"n":null,"s":"héllo","f":1.5,"list":[1,null,"x"],"m":{"b":2,"a":null},"__proto__":{"polluted":true},"constructor":"plain"}',
    ),
  );
  it.each([
    ['{{ index .Input "n" }}', '<no value>'],
    ['{{ index .Input "nope" }}', '<no value>'],
    ['{{ printf "%v" (index .Input "nope") }}', '<nil>'],
    ['{{ range .Input.list }}{{ . }},{{ end }}', '1,<no value>,x,'],
    ['{{ range .Input.list }}{{ printf "%v" . }},{{ end }}', '1,<nil>,x,'],
    ['{{ $x := .Input.n }}{{ $x }}', '<no value>'],
    ['{{ .Input.list }}', '[1 <nil> x]'],
    ['{{ .Input.m }}', 'map[a:<nil> b:2]'],
    ['{{ coalesce .Input.n .Input.nope }}', '<no value>'],
    ['{{ default "d" .Input.n }}', 'd'],
    ['{{ .Input.nope | default "d" }}', 'd'],
    ['{{ toJson .Input.nope }}', 'null'],
    ['{{ quote .Input.nope "a\tb" }}', '"a\\tb"'],
    ['{{ toString .Input.n }}', '<nil>'],
    ['{{ typeOf .Input.n }}|{{ kindOf .Input.n }}', '<nil>|invalid'],
    ['{{ join "," .Input.list }}', '1,x'],
    ['{{ eq .Input.n .Input.nope }}', 'true'],
    ['{{ eq .Input.n "x" }}', 'false'],
    ['{{ eq "x" .Input.nope }}', 'false'],
    ['{{ ne .Input.m .Input.n }}', 'true'],
    ['{{ lt "a" "b" }} {{ le 1 1 }} {{ gt 2.5 1.5 }}', 'true true true'],
    ['{{ and .Input.nope 1 }}', '<no value>'],
    ['{{ or .Input.n 0 }}', '0'],
    ['{{ html .Input.nope }}', '&lt;no value&gt;'],
    ['{{ urlquery "a b&c" }}', 'a+b%26c'],
    ['{{ js "<a href=\'x\'>" }}', "\\u003Ca href\\u003D\\'x\\'\\u003E"],
    ['{{ printf "%s" .Input.list }}', '[%!s(float64=1) <nil> x]'],
    ['{{ printf "%5d" "ab" }}', '%!d(string=   ab)'],
    ['{{ printf "%q" .Input.s }}', '"héllo"'],
    ['{{ printf "%q" "\x01" }}', '"\\x01"'],
    ['{{ printf "%-4s|" "é" }}', 'é   |'],
    ['{{ printf "%5.1q" "abc" }}', '  "a"'],
    ['{{ len .Input.s }}', '6'],
    ['{{ .Input.constructor }} {{ .Input.__proto__.polluted }}', 'plain true'],
  ])('%s → %s', (text, expected) => {
    expect(renderTemplate(text, { Input: data })).toEqual({ ok: true, output: expected });
  });

  it.each([
    ['{{ and }}', 'wrong number of args for and'],
    ['{{ lt .Input.n 1 }}', 'invalid type for comparison'],
    ['{{ lt true false }}', 'invalid type for comparison'],
    ['{{ lt 1 1.5 }}', 'incompatible types for comparison'],
    ['{{ eq .Input.list .Input.list }}', 'non-comparable'],
    ['{{ index .Input.n 0 }}', 'index of untyped nil'],
    ['{{ len .Input.n }}', 'len of'],
    ['{{ upper .Input.nope }}', 'invalid value; expected string'],
  ])('%s fails with %s', (text, message) => {
    const r = renderTemplate(text, { Input: data });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

// Issue 23: string builders are size-guarded whatever their arguments; the budget is reported.
describe('template size budget', () => {
  it.each([
    '{{ indent 1000000000 "x" }}',
    '{{ nindent 100000000 "a\\nb" }}',
    '{{ printf "%9000000s%9000000s" "a" "b" }}',
    '{{ repeat 100000000 "ab" }}',
    '{{ replace "" (repeat 1000 "y") (repeat 100000 "x") }}',
    '{{ range until 60000 }}{{ repeat 1000 "x" }}{{ end }}',
    '{{ $s := repeat 4000000 "x" }}{{ $s }}{{ $s }}{{ $s }}{{ $s }}{{ $s }}',
    '{{ until 1000000000 }}',
  ])('%s is stopped with a message', (text) => {
    const r = renderTemplate(text, { Input: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r).toMatchObject({ budget: true, error: expect.stringMatching(/budget/) });
  });

  it('says when the step budget stops a template', () => {
    const r = renderTemplate('{{ range until 90000 }}x{{ end }}', { Input: null });
    expect(r).toMatchObject({
      ok: false,
      budget: true,
      error: expect.stringMatching(/step budget/),
    });
  });
});

// fmt print.go/format.go verbs and flags on the types a template holds; funcs.go slice; sprig
// map parameters given a missing value (a nil map).
describe('fmt verbs and more builtins', () => {
  const data = fromJson({ l: [1, 2], s: 'x' });
  it.each([
    ['{{ printf "%U|%x|%X|%x" 65 1.5 -2.0 0.0 }}', 'U+0041|0x1.8p+00|-0X1P+01|0x0p+00'],
    ['{{ printf "%6.3v|%.2v|%+v|%+d" 3.14159 "abc" 1.5 3 }}', '  3.14|ab|+1.5|+3'],
    ['{{ printf "%#v %#v %#v" "s" 1.5 .Input.l }}', '"s" 1.5 []interface {}{1, 2}'],
    ['{{ printf "%!" }}', '%!!(MISSING)'],
    ['{{ printf "% x|%#x|% #x" "hi" "hi" "hi" }}', '68 69|0x6869|0x68 0x69'],
    ['{{ printf "%d %s" 1 }}', '1 %!s(MISSING)'],
    ['{{ printf "%d" 1 2 }}', '1%!(EXTRA int=2)'],
    ['{{ printf "%+d" (list 1 2) }}', '[+1 +2]'],
    ['{{ slice "héllo" 1 3 }}', 'é'],
    ['{{ slice .Input.l 1 }}', '[2]'],
    ['{{ hasKey .Input.missing "k" }} {{ hasKey .Input "toString" }}', 'false false'],
    ['{{ keys .Input.missing | len }}', '0'],
  ])('%s → %s', (text, expected) => {
    expect(renderTemplate(text, { Input: data })).toEqual({ ok: true, output: expected });
  });

  it.each([
    ['{{ slice .Input.l 3 }}', 'index out of range: 3'],
    ['{{ slice .Input.l 2 1 }}', 'invalid slice index: 2 > 1'],
    ['{{ slice .Input.missing }}', 'slice of untyped nil'],
    ['{{ set .Input.missing "k" 1 }}', 'assignment to entry in nil map'],
    // exec.go evalCall: a non-variadic function needs its exact argument count.
    ['{{ upper "a" "b" }}', 'wrong number of args'],
    ['{{ "a" | upper "b" }}', 'wrong number of args'],
    ['{{ ne 1 }}', 'wrong number of args for ne: want 2 got 1'],
    ['{{ len }}', 'wrong number of args for len'],
    ['{{ empty }}', 'wrong number of args for empty: want 1 got 0'],
    ['{{ default }}', 'wrong number of args for default: want at least 1 got 0'],
    ['{{ "x" | toJson 1 }}', 'wrong number of args for toJson: want 1 got 2'],
    // sprig's int and string parameters refuse other types (exec.go validateType).
    ['{{ repeat 2 .Input.missing }}', 'invalid value; expected string'],
    ['{{ repeat (index .Input.l 0) "x" }}', 'expected int; got float64'],
    ['{{ indent "2" "x" }}', 'expected int; got string'],
  ])('%s fails with %s', (text, message) => {
    const r = renderTemplate(text, { Input: data });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
