using QRCoder;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>
/// QR codes as inline SVG (QRCoder): sharp at any print size, no image file to fetch. Encoding
/// costs about a millisecond (QRCoder tries every mask), so it happens on the render threads, and
/// once per address and build: a commune's poster and its after-the-bus sheets point at the same
/// page. The encoded modules are kept (some 200 bytes), not the SVG (some 10 KB). One instance per
/// build: nothing carries over from one build to the next, in preview as in the benchmark.
/// </summary>
public sealed class QrCodes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);

    public DeferredHtml Svg(Uri url, string label) => new($"qr {url.AbsoluteUri} {label}", () => Draw(_encoded.GetOrAdd(url.AbsoluteUri, Encode), label));

    private static byte[] Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return data.GetRawData(QRCodeData.Compression.Uncompressed);
    }

    private static string Draw(byte[] modules, string label)
    {
        using var data = new QRCodeData(modules, QRCodeData.Compression.Uncompressed);
        var svg = new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        // The XML declaration has no place inside HTML; the image gets its name for screen readers.
        return svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]
            .Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" class=\"qr\" ", StringComparison.Ordinal);
    }
}
