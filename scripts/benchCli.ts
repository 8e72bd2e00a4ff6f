// Start-up of the `eventflow` CLI as installed (the esbuild bundle), side by side with `node -e 0`
// in the same run, so the ratio does not depend on the machine.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliStartup {
  nodeMs: number;
  versionMs: number;
  helpMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchCli(root: string, rounds = 15): CliStartup {
  const outDir = join(root, '.tmp/bench-cli');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], {
    env: { ...process.env, EVENTFLOW_CLI_OUT: outDir },
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building the CLI bundle failed');
  const bundle = join(outDir, 'eventflow.mjs');
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    return performance.now() - t0;
  };
  const node: number[] = [];
  const version: number[] = [];
  const help: number[] = [];
  // Interleaved, so a busy moment on the machine weighs on all three alike.
  for (let i = 0; i < rounds; i++) {
    node.push(time(['-e', '0']));
    version.push(time([bundle, '--version']));
    help.push(time([bundle, '--help']));
  }
  return { nodeMs: median(node), versionMs: median(version), helpMs: median(help) };
}
