import * as vm from 'vm';

export interface Rule {
  id: string;
  condition: string;
  action: string;
}

const COMPILED_DEFAULT = new vm.Script('total > 0');

export class RuleSandbox {
  private readonly scripts = new Map<string, vm.Script>();

  private script(rule: Rule): vm.Script {
    let s = this.scripts.get(rule.id);
    if (!s) {
      // expect: sandbox.dynamic-code
      s = new vm.Script(rule.condition, { filename: `rule-${rule.id}.js` });
      this.scripts.set(rule.id, s);
    }
    return s;
  }

  matches(rule: Rule, facts: Record<string, unknown>): boolean {
    return Boolean(this.script(rule).runInNewContext({ ...facts }, { timeout: 20 }));
  }

  defaultMatches(facts: Record<string, unknown>): boolean {
    // ok: sandbox.dynamic-code
    return Boolean(COMPILED_DEFAULT.runInNewContext({ ...facts }, { timeout: 20 }));
  }

  scheduleAction(rule: Rule, delayMs: number): void {
    // expect: sandbox.dynamic-code
    setTimeout(rule.action, delayMs);
  }

  scheduleCallback(cb: () => void, delayMs: number): void {
    // ok: sandbox.dynamic-code
    setTimeout(cb, delayMs);
  }
}
