/** The machine a run was made on, printed with the results and kept in the JSON. */
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeMemoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average at the start and at the end (other work on the machine skews results). */
  loadStart: number;
  loadEnd: number;
}

export function describeMachine(chromium: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    loadStart: loadavg()[0] ?? Number.NaN,
    loadEnd: Number.NaN,
  };
}

export function currentLoad(): number {
  return loadavg()[0] ?? Number.NaN;
}
