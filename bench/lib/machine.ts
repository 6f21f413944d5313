import os from 'os';

/** The machine a benchmark ran on, as its first line says: figures mean little without it. */
export function machineLine(): string {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`;
  return `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${memory}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`;
}
