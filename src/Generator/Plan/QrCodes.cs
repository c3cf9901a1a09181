using QRCoder;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>QR codes as inline SVG (QRCoder): sharp at any print size, no image file to fetch.</summary>
public static class QrCodes
{
    public static Html Svg(Uri url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        // An image with a name for screen readers; the XML declaration has no place inside HTML.
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]
            .Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" class=\"qr\" ", StringComparison.Ordinal);
        return new Html(svg);
    }
}
