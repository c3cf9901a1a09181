using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Relais.Generator.Tests;

/// <summary>
/// Reads QR codes for real with ZXing.Net: from the SVG a page embeds (its modules drawn again as
/// pixels) or from a page image rasterised by pdftoppm (a PGM file).
/// </summary>
public static partial class QrDecoder
{
    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v(\d+)h-\3z")]
    private static partial Regex Run();

    [GeneratedRegex(@"^0 0 (\d+) (\d+)$")]
    private static partial Regex ViewBox();

    /// <summary>
    /// The text of a QR code drawn as QRCoder's SVG: a view box of N×N modules and one path of
    /// rectangles, each a run of dark modules. Every part of the path must be such a run, so an
    /// unexpected drawing fails here rather than decoding something else.
    /// </summary>
    public static string FromSvg(IElement svg)
    {
        var box = ViewBox().Match(svg.GetAttribute("viewBox") ?? "");
        Assert.True(box.Success && box.Groups[1].Value == box.Groups[2].Value, $"not a square QR view box: {svg.GetAttribute("viewBox")}");
        var modules = int.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
        var paths = svg.QuerySelectorAll("path").ToList();
        Assert.Single(paths);
        var d = paths[0].GetAttribute("d") ?? "";
        var runs = Run().Matches(d);
        Assert.True(string.Concat(runs.Select(r => r.Value)) == d, "the QR path holds something other than runs of modules");

        const int scale = 4; // pixels per module
        var size = modules * scale;
        var pixels = new byte[size * size];
        Array.Fill(pixels, (byte)255);
        foreach (Match run in runs)
        {
            var (x, y, w, h) = (Int(run, 1), Int(run, 2), Int(run, 3), Int(run, 4));
            Assert.True(x + w <= modules && y + h <= modules, $"a module run outside the view box: {run.Value}");
            for (var py = y * scale; py < (y + h) * scale; py++)
                Array.Fill(pixels, (byte)0, py * size + x * scale, w * scale);
        }
        var source = new RGBLuminanceSource(pixels, size, size, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        Assert.True(result is not null, "ZXing found no QR code in the SVG");
        return result.Text;
    }

    /// <summary>
    /// The text of the QR code on a page image in binary PGM (P5, 8 bits), as « pdftoppm -gray »
    /// writes it (a third of the bytes of its colour PPM; the code is black on white).
    /// </summary>
    public static string FromPgm(byte[] pgm)
    {
        var (width, height, offset) = PgmHeader(pgm);
        Assert.True(pgm.Length - offset == width * height, $"a PGM of {width}×{height} should hold {width * height} bytes of pixels");
        var source = new RGBLuminanceSource(pgm[offset..], width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } };
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        Assert.True(result is not null, "ZXing found no QR code on the page image");
        return result.Text;
    }

    /// <summary>« P5 width height 255 » and one white-space byte, then the pixels.</summary>
    private static (int Width, int Height, int Offset) PgmHeader(byte[] pgm)
    {
        var values = new List<string>();
        var i = 0;
        while (values.Count < 4)
        {
            while (i < pgm.Length && char.IsWhiteSpace((char)pgm[i])) i++;
            if (i < pgm.Length && pgm[i] == '#')
            {
                while (i < pgm.Length && pgm[i] != '\n') i++;
                continue;
            }
            var start = i;
            while (i < pgm.Length && !char.IsWhiteSpace((char)pgm[i])) i++;
            Assert.True(i > start, "the PGM header ends too early");
            values.Add(Encoding.ASCII.GetString(pgm, start, i - start));
        }
        Assert.Equal("P5", values[0]);
        Assert.Equal("255", values[3]);
        return (int.Parse(values[1], CultureInfo.InvariantCulture), int.Parse(values[2], CultureInfo.InvariantCulture), i + 1);
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
