using QRCoder;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>
/// QR codes as inline SVG (QRCoder): sharp at any print size, no image file to fetch. Encoding
/// costs about a millisecond, so each address is encoded once per build (a commune's poster and
/// its after-the-bus sheets point at the same page). One instance per build: nothing carries over
/// from one build to the next, in preview as in the benchmark.
/// </summary>
public sealed class QrCodes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _encoded = new(StringComparer.Ordinal);

    public Html Svg(Uri url, string label) =>
        new(_encoded.GetOrAdd(url.AbsoluteUri, Encode).Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" class=\"qr\" ", StringComparison.Ordinal));

    private static string Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        // The XML declaration has no place inside HTML; the image gets its name for screen readers above.
        return svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
    }
}
