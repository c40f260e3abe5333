using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Scriban;

namespace Acme.Reporting
{
    public sealed record InvoiceModel(string Number, string Customer, decimal Total, DateOnly Due);

    public class ReportPdfService
    {
        private const string InvoiceTemplate = @"<html><body>
<h1>Invoice {{ number }}</h1>
<p>Bill to: {{ customer | html.escape }}</p>
<p>Total due: {{ total }} by {{ due }}</p>
</body></html>";

        // ok: injection.template
        private static readonly Template Compiled = Template.Parse(InvoiceTemplate);

        public async Task<byte[]> RenderInvoiceAsync(InvoiceModel invoice)
        {
            // ok: injection.template
            var html = await Compiled.RenderAsync(new
            {
                number = invoice.Number,
                customer = invoice.Customer,
                total = invoice.Total.ToString("C"),
                due = invoice.Due.ToString("yyyy-MM-dd"),
            });

            var htmlFile = Path.GetTempFileName() + ".html";
            var pdfFile = Path.ChangeExtension(htmlFile, ".pdf");
            await File.WriteAllTextAsync(htmlFile, html);

            var psi = new ProcessStartInfo("wkhtmltopdf") { UseShellExecute = false };
            psi.ArgumentList.Add("--quiet");
            psi.ArgumentList.Add(htmlFile);
            psi.ArgumentList.Add(pdfFile);
            // ok: sandbox.process
            using (var proc = Process.Start(psi)!)
            {
                await proc.WaitForExitAsync();
            }

            var pdf = await File.ReadAllBytesAsync(pdfFile);
            File.Delete(htmlFile);
            File.Delete(pdfFile);
            return pdf;
        }

        public static string ETag(byte[] pdf)
        {
            // ok: crypto.hash
            return "\"" + Convert.ToHexString(SHA256.HashData(pdf))[..16] + "\"";
        }
    }
}
