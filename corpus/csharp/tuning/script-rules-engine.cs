using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Acme.Pricing
{
    public class PricingGlobals
    {
        public decimal Subtotal { get; set; }
        public string CustomerTier { get; set; } = "standard";
        public int ItemCount { get; set; }
    }

    public class ScriptRulesEngine
    {
        private static readonly ScriptOptions Options = ScriptOptions.Default
            .AddImports("System", "System.Linq")
            .AddReferences(typeof(PricingGlobals).Assembly);

        private readonly Dictionary<string, string> _rules = new();

        public void Register(string ruleName, string expression)
        {
            _rules[ruleName] = expression;
        }

        public async Task<decimal> ApplyAsync(string ruleName, PricingGlobals globals)
        {
            var expression = _rules[ruleName];
            // expect: sandbox.dynamic-code
            return await CSharpScript.EvaluateAsync<decimal>(expression, Options, globals);
        }

        public async Task<bool> IsEligibleAsync(PricingGlobals globals)
        {
            // ok: sandbox.dynamic-code
            return await CSharpScript.EvaluateAsync<bool>("CustomerTier == \"gold\" && Subtotal > 100m", Options, globals);
        }

        public async Task<decimal> EvaluateAdHocAsync(string formula, decimal subtotal)
        {
            var wrapped = $"Math.Round({formula}, 2)";
            // expect: sandbox.dynamic-code
            var state = await CSharpScript.RunAsync<decimal>(wrapped, Options, new PricingGlobals { Subtotal = subtotal });
            return state.ReturnValue;
        }

        public static decimal ParseDiscount(string text)
        {
            // ok: sandbox.dynamic-code
            return decimal.Parse(text.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) / 100m;
        }
    }
}
