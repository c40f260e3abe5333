// Spreadsheet-style formulas for the pricing sheet feature.
type Scope = Record<string, number>;

const BUILTINS: Scope = { PI: Math.PI, E: Math.E };
const SAFE_FORMULA = /^[\d\s+\-*/().A-Z_]+$/;

export class FormulaEvaluator {
  private cache = new Map<string, (scope: Scope) => number>();

  compile(formula: string): (scope: Scope) => number {
    const cached = this.cache.get(formula);
    if (cached) return cached;
    // expect: sandbox.dynamic-code
    const fn = new Function('scope', `with (scope) { return (${formula}); }`) as (scope: Scope) => number;
    this.cache.set(formula, fn);
    return fn;
  }

  evaluate(formula: string, scope: Scope): number {
    return this.compile(formula)({ ...BUILTINS, ...scope });
  }

  quickEval(expr: string): number {
    if (!SAFE_FORMULA.test(expr)) throw new Error('unsupported characters');
    // expect: sandbox.dynamic-code
    return eval(expr) as number;
  }
}

export function parseCellRef(ref: string): { col: string; row: number } | null {
  // ok: sandbox.dynamic-code
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return m ? { col: m[1], row: Number(m[2]) } : null;
}

export function loadSheet(json: string): Record<string, string> {
  // ok: sandbox.dynamic-code
  return JSON.parse(json) as Record<string, string>;
}

export function selfTest(): boolean {
  // ok: sandbox.dynamic-code
  const add = new Function('a', 'b', 'return a + b;') as (a: number, b: number) => number;
  return add(2, 3) === 5;
}
