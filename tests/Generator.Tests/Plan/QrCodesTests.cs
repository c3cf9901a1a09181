using AngleSharp.Html.Parser;
using Relais.Generator.Plan;

namespace Relais.Generator.Tests.Plan;

/// <summary>The QR codes printed on posters and sheets, decoded for real (ZXing.Net).</summary>
public sealed class QrCodesTests
{
    [Theory]
    [InlineData("https://numerique-proche.example.org/bus/bus-numerique-touraine/2027-03-09-sorigny/")]
    [InlineData("https://test.example.org/sous-dossier/communes/l-ile-bouchard-37119/")]
    public void The_code_decodes_to_the_absolute_url_and_is_a_named_image(string url)
    {
        var html = new QrCodes().Svg(new Uri(url), "Code QR menant à la page : " + url).Value;

        var svg = new HtmlParser().ParseDocument($"<body>{html}</body>").QuerySelector("svg")!;
        Assert.Equal(url, QrDecoder.FromSvg(svg));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Code QR menant à la page : " + url, svg.GetAttribute("aria-label"));
        Assert.DoesNotContain("<?xml", html);
    }
}
