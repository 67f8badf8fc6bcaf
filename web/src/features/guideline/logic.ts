// Pure helpers of the guideline pages.
import type { Cell, CellCount, Matrix, PartnerView } from './api';

export function cellOf(m: Pick<Matrix, 'cells'>, ruleKey: string, partKey: string): Cell | undefined {
  return m.cells.find((c) => c.ruleKey === ruleKey && c.partKey === partKey);
}

export function countOf(cells: CellCount[] | undefined, ruleKey: string, partKey: string): number {
  return cells?.find((c) => c.ruleKey === ruleKey && c.partKey === partKey)?.count ?? 0;
}

/** How many of the 20 cells have at least one example. */
export function filled(m: Pick<Matrix, 'cells'>): number {
  return m.cells.filter((c) => c.count > 0).length;
}

/** "Partners herkennen dit: x van y" for a rule, or null when there is nothing to show. */
export function partnerLine(view: PartnerView | null | undefined, ruleKey: string): { herken: number; of: number } | null {
  if (!view || !view.visible || !view.rules) return null;
  const r = view.rules.find((x) => x.ruleKey === ruleKey);
  if (!r) return null;
  return { herken: r.herken, of: view.answerCount || r.herken + r.soms + r.niet };
}
