// Small helpers for the benchmark: percentiles, number formatting and the printed table.

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function ms(value: number): string {
  if (value < 0.1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(1)} ms`;
}

export const ratio = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;

export interface Row {
  measure: string;
  figure: string;
  goal: string;
}

export function printTable(rows: readonly Row[]): void {
  const widths = {
    measure: Math.max(7, ...rows.map((r) => r.measure.length)),
    figure: Math.max(6, ...rows.map((r) => r.figure.length)),
  };
  const line = (m: string, f: string, g: string) =>
    `${m.padEnd(widths.measure)}  ${f.padStart(widths.figure)}  ${g}`;
  console.log(line('measure', 'figure', 'goal'));
  console.log(line('-'.repeat(widths.measure), '-'.repeat(widths.figure), '----'));
  for (const r of rows) console.log(line(r.measure, r.figure, r.goal));
}
