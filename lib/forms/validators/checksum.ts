/** Weighted sums shared by the Polish check-digit algorithms. */

/** Σ weight[i] × value[i]; missing values count as 0. */
export function weightedSum(values: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (values[i] ?? 0), 0);
}

export function digitsOf(text: string): number[] {
  return [...text].map(Number);
}

/** Remainder of a long decimal string modulo `divisor`, without losing precision. */
export function decimalMod(digits: string, divisor: number): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % divisor;
  return remainder;
}
