import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import org.springframework.expression.*;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nclass A {\n  Object f(String price) {\n    ExpressionParser parser = new SpelExpressionParser();\n    return parser.parseExpression("#price * 1.2").getValue();\n  }\n}',
    'class A {\n  Object f(JsonParser parser, String text) {\n    return parser.parseExpression(text);\n  }\n}',
    '// parser.parseExpression(userInput) is RCE\nclass A { String s = "parser.parseExpression(input)"; }',
    'import org.springframework.expression.spel.standard.SpelExpressionParser;\nclass A {\n  static final String RULE = "amount > 100";\n  Object f() {\n    return new SpelExpressionParser().parseExpression(RULE).getValue();\n  }\n}',
  ],
  invalid: [
    {
      code: 'import org.springframework.expression.*;\nimport org.springframework.expression.spel.standard.SpelExpressionParser;\nclass A {\n  Object f(String formula) {\n    ExpressionParser parser = new SpelExpressionParser();\n    Expression e = parser.parseExpression(formula);\n    return e.getValue();\n  }\n}',
      line: 6,
    },
    {
      code: 'import org.springframework.expression.spel.standard.SpelExpressionParser;\nclass A {\n  Object f(javax.servlet.http.HttpServletRequest req) {\n    return new SpelExpressionParser().parseExpression("greeting + \' \' + " + req.getParameter("field")).getValue();\n  }\n}',
      line: 4,
    },
    { code: 'import javax.el.ELProcessor;\nclass A {\n  Object f(String expr) {\n    ELProcessor elp = new ELProcessor();\n    return elp.eval(expr);\n  }\n}', line: 5 },
  ],
})
