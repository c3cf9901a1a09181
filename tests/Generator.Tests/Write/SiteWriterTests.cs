using System.Text;
using Relais.Generator.Tests.SampleSite;
using Relais.Generator.Write;

namespace Relais.Generator.Tests.Write;

/// <summary>
/// The writer stages a whole site beside the output and swaps it in on commit. Files are dated
/// long ago before a rebuild so that « kept, not rewritten » shows without depending on the clock.
/// </summary>
public sealed class SiteWriterTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Sample.TempFolder("writer");

    private string Output => Path.Combine(_folder, "output");

    public void Dispose() => Sample.DeleteQuietly(_folder);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    private void WriteSite(params (string Path, string Text)[] files)
    {
        using var writer = SiteWriter.Begin(Output);
        foreach (var (path, text) in files) writer.Write(path, Bytes(text));
        writer.Commit();
    }

    private void DateEverythingLongAgo()
    {
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
    }

    [Fact]
    public void Nothing_is_visible_in_the_output_before_commit()
    {
        using var writer = SiteWriter.Begin(Output);

        writer.Write("index.html", Bytes("accueil"));

        Assert.False(Directory.Exists(Output));
        Assert.True(File.Exists(Path.Combine(Output + ".staging", "index.html")));
    }

    [Fact]
    public void Commit_makes_the_staged_files_the_output_and_removes_the_staging_folder()
    {
        using var writer = SiteWriter.Begin(Output);
        writer.Write("index.html", Bytes("accueil"));
        writer.Write("lieux/epn/index.html", Bytes("epn"));

        var report = writer.Commit();

        Assert.Equal("accueil", Read("index.html"));
        Assert.Equal("epn", Read("lieux/epn/index.html"));
        Assert.Equal(new WriteReport(2, 0, 0), report);
        Assert.False(Directory.Exists(Output + ".staging"));
        Assert.False(Directory.Exists(Output + ".old"));
    }

    [Fact]
    public void Abandoning_a_build_leaves_the_previous_output_as_it_was()
    {
        // Given a previous output
        WriteSite(("index.html", "ancien"), ("lieux/epn/index.html", "epn"));
        DateEverythingLongAgo();

        // When a new build writes files and is disposed without commit (a failed build)
        using (var writer = SiteWriter.Begin(Output))
        {
            writer.Write("index.html", Bytes("nouveau"));
            writer.Write("agenda/index.html", Bytes("agenda"));
        }

        // Then the output holds the same files, bytes and dates, and no staging folder is left
        Assert.Equal(["index.html", "lieux/epn/index.html"], Sample.Files(Output));
        Assert.Equal("ancien", Read("index.html"));
        Assert.All(Sample.Files(Output), f => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, f))));
        Assert.False(Directory.Exists(Output + ".staging"));
    }

    [Fact]
    public void Unchanged_files_are_kept_with_their_date_changed_ones_rewritten_and_gone_ones_removed()
    {
        // Given a previous output of three files, dated long ago
        WriteSite(("index.html", "accueil"), ("lieux/epn/index.html", "epn v1"), ("lieux/ancien/index.html", "retiré"));
        DateEverythingLongAgo();

        // When the next build writes the home page unchanged, the place changed, and not the third
        using var writer = SiteWriter.Begin(Output);
        writer.Write("index.html", Bytes("accueil"));
        writer.Write("lieux/epn/index.html", Bytes("epn v2"));
        var report = writer.Commit();

        // Then the unchanged file is the previous one, with its date; the changed one is new; the third is gone
        Assert.Equal(new WriteReport(Written: 1, Unchanged: 1, Removed: 1), report);
        Assert.Equal(["index.html", "lieux/epn/index.html"], Sample.Files(Output));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")));
        Assert.Equal("epn v2", Read("lieux/epn/index.html"));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "lieux/epn/index.html")));
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_rewritten()
    {
        WriteSite(("index.html", "abc"));
        DateEverythingLongAgo();

        WriteSite(("index.html", "abd"));

        Assert.Equal("abd", Read("index.html"));
    }

    [Fact]
    public void A_stale_staging_folder_from_a_crashed_build_is_cleared_first()
    {
        Directory.CreateDirectory(Output + ".staging");
        File.WriteAllText(Path.Combine(Output + ".staging", "orphan.html"), "reste d'un build interrompu");

        WriteSite(("index.html", "accueil"));

        Assert.Equal(["index.html"], Sample.Files(Output));
    }

    [Fact]
    public void A_commit_interrupted_half_way_is_finished_by_the_next_build_before_it_starts()
    {
        WriteSite(("index.html", "accueil"), ("ancien/index.html", "ancien"), ("lieux/index.html", "lieux"));
        // What a build killed while committing leaves: its journal (the new site's files), one file
        // already moved in (index.html), one still staged, one old file not yet deleted.
        File.WriteAllText(Output + ".commit", "index.html\nlieux/index.html\nnouveau/index.html\n");
        File.WriteAllText(Path.Combine(Output, "index.html"), "accueil 2");
        Directory.CreateDirectory(Path.Combine(Output + ".staging", "nouveau"));
        File.WriteAllText(Path.Combine(Output + ".staging", "nouveau", "index.html"), "nouveau");

        using (SiteWriter.Begin(Output))
        {
            Assert.Equal("accueil 2", Read("index.html"));
            Assert.Equal("nouveau", Read("nouveau/index.html"));
            Assert.Equal("lieux", Read("lieux/index.html"));
            Assert.False(Directory.Exists(Path.Combine(Output, "ancien")));
            Assert.False(File.Exists(Output + ".commit"));
        }
    }

    [Fact]
    public void Writing_the_same_file_twice_is_a_programming_error()
    {
        using var writer = SiteWriter.Begin(Output);
        writer.Write("index.html", Bytes("un"));

        Assert.Throws<InvalidOperationException>(() => writer.Write("index.html", Bytes("deux")));
    }
}
