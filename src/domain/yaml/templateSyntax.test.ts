import { describe, expect, it } from 'vitest';
import { findTemplateSyntax } from './templateSyntax';

describe('findTemplateSyntax', () => {
  it('finds {{ outside strings, with its action as the snippet', () => {
    expect(findTemplateSyntax('a: 1\nport: {{ .Values.port }}\n')).toEqual({
      offset: 11,
      end: 29,
      snippet: '{{ .Values.port }}',
    });
    expect(findTemplateSyntax('{{- include "x" . }}\n')?.offset).toBe(0);
    expect(findTemplateSyntax('a: {{ unclosed\n')?.snippet).toBe('{{ unclosed');
  });

  it('finds Helm objects and functions inside strings', () => {
    expect(findTemplateSyntax('name: "{{ .Release.Name }}"\n')?.offset).toBe(7);
    expect(findTemplateSyntax("v: '{{ $.Values.x }}'\n")?.offset).toBe(4);
    expect(findTemplateSyntax('v: "{{ toYaml .x }}"\n')?.offset).toBe(4);
  });

  it('ignores Go templates Argo Events and Argo Workflows read, comments and flow maps', () => {
    expect(findTemplateSyntax('t: "{{ .Input.body.x }}"\n')).toBeNull();
    expect(findTemplateSyntax('args: ["{{inputs.parameters.message}}"]\n')).toBeNull();
    expect(findTemplateSyntax('t: |\n  {{- if .Input.body }}x{{ end }}\n')).toBeNull();
    expect(findTemplateSyntax('# {{ .Values.x }}\na: 1\n')).toBeNull();
    expect(findTemplateSyntax('a: {b: {c: 1}}\n')).toBeNull();
  });
});
