/**
 * Runs that must all fail before a failure counts as a regression: x = ⌈ln(α/m) / ln f⌉ (a healthy
 * flow fails x times in a row with probability f^x ≤ α/m, Bonferroni over m flows), and at least the
 * flow's `repeat`. With f = 0.05 and α = 10⁻³ that is 3 for one flow and 4 for twenty.
 */
export function confirmationRuns(options: { readonly flakeRate: number; readonly falseRedRate: number; readonly flowCount: number; readonly repeat: number }): number {
  const { flakeRate: f, falseRedRate: alpha, flowCount, repeat } = options;
  if (f <= 0) return Math.max(1, repeat);
  const x = Math.ceil(Math.log(alpha / Math.max(1, flowCount)) / Math.log(f));
  return Math.max(repeat, x, 1);
}
