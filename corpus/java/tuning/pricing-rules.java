package com.acme.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Discount rules are configured by merchants in the dashboard as SpEL
 * conditions, e.g. "cart.total > 100 and customer.tier == 'gold'".
 */
@Component
public class PricingRules {

    public record Rule(String id, String condition, BigDecimal percentOff) {}

    public record Cart(BigDecimal total, int items) {}

    public record Customer(String tier, int orders) {}

    public record Facts(Cart cart, Customer customer) {}

    private final ExpressionParser parser = new SpelExpressionParser();

    // ok: injection.template
    private final Expression freeShipping = parser.parseExpression("cart.total >= 50");

    public BigDecimal bestDiscount(List<Rule> merchantRules, Cart cart, Customer customer) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(new Facts(cart, customer));
        BigDecimal best = BigDecimal.ZERO;
        for (Rule rule : merchantRules) {
            // expect: injection.template
            Expression condition = parser.parseExpression(rule.condition());
            Boolean applies = condition.getValue(ctx, Boolean.class);
            if (Boolean.TRUE.equals(applies) && rule.percentOff().compareTo(best) > 0) {
                best = rule.percentOff();
            }
        }
        return best;
    }

    public boolean freeShipping(Cart cart) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(new Facts(cart, null));
        return Boolean.TRUE.equals(freeShipping.getValue(ctx, Boolean.class));
    }
}
