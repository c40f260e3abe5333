'use strict';
const vm = require('vm');

// Pricing rules are authored by merchants in the admin UI and stored as JS expressions.
class RuleEngine {
  constructor(rules = []) {
    this.rules = rules;
    this.compiled = new Map();
  }

  compile(rule) {
    if (!this.compiled.has(rule.id)) {
      // expect: sandbox.dynamic-code
      const fn = new Function('order', 'customer', `return (${rule.expression});`);
      this.compiled.set(rule.id, fn);
    }
    return this.compiled.get(rule.id);
  }

  evaluate(order, customer) {
    return this.rules.filter((r) => this.compile(r)(order, customer)).map((r) => r.discount);
  }

  evaluateSandboxed(code, order) {
    const context = vm.createContext({ order, result: null });
    // expect: sandbox.dynamic-code
    vm.runInContext(code, context, { timeout: 50 });
    return context.result;
  }
}

function parseRuleFile(text) {
  // ok: sandbox.dynamic-code
  const data = JSON.parse(text);
  return data.rules.map((r) => ({ id: r.id, expression: String(r.expression), discount: Number(r.discount) }));
}

function matchesSku(pattern, sku) {
  const re = /^([A-Z]{3})-(\d{4})$/;
  // ok: sandbox.dynamic-code
  const m = re.exec(sku);
  return m !== null && m[1] === pattern;
}

function scheduleRecalc(ruleName, delayMs) {
  // expect: sandbox.dynamic-code
  setTimeout('recalculate("' + ruleName + '")', delayMs);
}

function warmup() {
  // ok: sandbox.dynamic-code
  setTimeout(() => console.log('rule engine ready'), 0);
}

module.exports = { RuleEngine, parseRuleFile, matchesSku, scheduleRecalc, warmup };
