package com.acme.rules;

import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * Fraud rules are short JavaScript predicates maintained by the risk team in
 * the rules table, e.g. "amount > 5000 && country != billingCountry".
 */
public class ScriptRulesEngine {

    public record Rule(String name, String script, int score) {}

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("graal.js");

    public int score(List<Rule> rules, Map<String, Object> txn) {
        int total = 0;
        for (Rule rule : rules) {
            Bindings bindings = engine.createBindings();
            bindings.putAll(txn);
            try {
                // expect: sandbox.dynamic-code
                Object hit = engine.eval(rule.script(), bindings);
                if (Boolean.TRUE.equals(hit)) {
                    total += rule.score();
                }
            } catch (ScriptException e) {
                System.err.println("rule " + rule.name() + " failed: " + e.getMessage());
            }
        }
        return total;
    }

    /** Built-in sanity rule that always runs. */
    public boolean isZeroAmount(Map<String, Object> txn) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.putAll(txn);
        // ok: sandbox.dynamic-code
        return Boolean.TRUE.equals(engine.eval("amount == 0", bindings));
    }

    /** Regex rules are matched, not evaluated. */
    public boolean matchesBlockedEmail(String email) {
        // ok: sandbox.dynamic-code
        return java.util.regex.Pattern.compile("@(mailinator|tempmail)\\.com$").matcher(email).find();
    }
}
