using System.Text;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

public sealed class SourceTextTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"relais-{Guid.NewGuid():N}.yml");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        File.WriteAllBytes(_path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("nom: Médiathèque\n")]);

        Assert.Equal("nom: Médiathèque\n", SourceText.Read(_path, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void A_windows_1252_file_is_refused_with_how_to_save_it()
    {
        // « Médiathèque » in Windows-1252: é = E9, è = E8, invalid on their own in UTF-8.
        File.WriteAllBytes(_path, [.. "nom: M"u8, 0xE9, .. "diath"u8, 0xE8, .. "que\n"u8]);

        Assert.Null(SourceText.Read(_path, out var error));
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("réenregistrez", error, StringComparison.Ordinal);
    }
}
