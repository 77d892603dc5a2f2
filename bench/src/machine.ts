import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { MachineFacts } from './results.js';

const firstLine = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return 'not found';
  return `${result.stderr}${result.stdout}`.split('\n')[0]?.trim() ?? 'unknown';
};

export const currentLoad = (): [number, number, number] =>
  loadavg().map((value) => Math.round(value * 100) / 100) as [number, number, number];

/** CPU, memory, runtimes, date and load average, for the report's header. */
export function machineFacts(python: string): MachineFacts {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    java: firstLine(process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java', [
      '-version',
    ]),
    python: firstLine(python, ['--version']),
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAverage: currentLoad(),
  };
}
