using Relais.Generator.Cache;
using Relais.Generator.Diagnostics;
using Relais.Generator.Tests.SampleSite;

namespace Relais.Generator.Tests.Cache;

/// <summary>
/// A build that finds nothing changed since the last one (content, date, program, output) reuses
/// it; any change makes a real build, whose output is the clean build's, byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromSample();

    public void Dispose() => _site.Dispose();

    private string Output => _site.Output;

    private BuildReport Build(DiagnosticBag? diagnostics = null, DateOnly? today = null, string? output = null) =>
        Task.Run(() => SiteBuild.BuildAsync(_site.Root, output ?? Output, today ?? Sample.Today, diagnostics ?? new DiagnosticBag())).GetAwaiter().GetResult()
        ?? throw new InvalidOperationException("the sample must build");

    /// <summary>A build from nothing into a folder of its own, with no cache: the reference.</summary>
    private SortedDictionary<string, byte[]> CleanBuild(DateOnly? today = null)
    {
        var cache = Path.Combine(_site.Root, BuildCache.FolderName);
        var kept = Path.Combine(Path.GetTempPath(), "relais-tests", Guid.NewGuid().ToString("N"));
        if (Directory.Exists(cache)) Directory.Move(cache, kept);
        var clean = Path.Combine(_site.Root, "clean-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Build(today: today, output: clean);
            return OutputTree.Read(clean);
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            if (Directory.Exists(kept)) Directory.Move(kept, cache);
        }
    }

    [Fact]
    public void With_nothing_changed_a_build_writes_nothing_and_replays_its_warnings()
    {
        var first = new DiagnosticBag();
        var built = Build(first);
        var dates = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = new DiagnosticBag();
        var reused = Build(again);

        Assert.False(built.Reused);
        Assert.True(reused.Reused);
        Assert.Equal(0, reused.Files.Written);
        Assert.Equal(built.Files.Written, reused.Files.Unchanged);
        Assert.Equal(built.PagesByKind, reused.PagesByKind);
        Assert.Contains(first.Items, d => !d.IsError);
        Assert.Equal(first.Sorted().Select(d => d.ToString()), again.Sorted().Select(d => d.ToString()));
        Assert.All(dates, d => Assert.Equal(d.Value, File.GetLastWriteTimeUtc(d.Key)));
    }

    [Fact]
    public void Any_change_to_the_content_the_date_or_the_output_makes_a_real_build()
    {
        Build();
        var steps = new (string What, Action Change, DateOnly? Today)[]
        {
            ("a place's phone", () => _site.EditFile("content/lieux/mairie-sorigny.yml", "02 61 91 20 05", "02 61 91 20 06"), null),
            ("a new hand-written page", () => _site.WriteFile("input/aide.md", "---\ntitre: Aide\n---\nDe l'aide.\n"), null),
            ("another day", () => { }, new DateOnly(2026, 12, 2)),
            ("a page deleted from the output", () => File.Delete(Path.Combine(Output, "a-propos", "index.html")), new DateOnly(2026, 12, 2)),
            ("a page edited in the output", () => File.AppendAllText(Path.Combine(Output, "index.html"), " "), new DateOnly(2026, 12, 2)),
        };
        foreach (var (what, change, today) in steps)
        {
            change();
            Assert.False(Build(today: today).Reused, $"after {what}, the build must be made again");
            Assert.True(Build(today: today).Reused, $"after {what} and one build, the next has nothing to do");
        }
        OutputTree.AssertSame(CleanBuild(new DateOnly(2026, 12, 2)), OutputTree.Read(Output), "after the last step");
    }

    [Fact]
    public void After_a_series_of_edits_the_output_is_byte_identical_to_a_clean_build()
    {
        Build();
        var place = "content/lieux/mairie-sorigny.yml";
        var tour = "content/tournees/bus-numerique-touraine.yml";
        var edits = new (string What, Action Edit)[]
        {
            ("a place added", () => _site.WriteFile("content/lieux/mairie-montbazon.yml", _site.ReadFile(place)
                .Edit("Point numérique de la mairie de Sorigny", "Point numérique de la mairie de Montbazon")
                .Edit("code_insee: \"37250\"", "code_insee: \"37154\"").Edit("latitude: 47.2441", "latitude: 47.288").Edit("longitude: 0.6961", "longitude: 0.713"))),
            ("a place changed", () => _site.EditFile(place, "Mo,Th 14:00-17:00", "Mo,Tu,Th 14:00-17:00")),
            ("a place renamed", () => File.Move(Path.Combine(_site.Root, "content/lieux/mairie-montbazon.yml"), Path.Combine(_site.Root, "content/lieux/point-numerique-montbazon.yml"))),
            ("a place deleted", () => File.Delete(Path.Combine(_site.Root, "content/lieux/point-numerique-montbazon.yml"))),
            ("a stop moved", () => _site.EditFile(tour, "  - date: 2026-10-06\n", "  - date: 2026-10-07\n")),
            ("a commune renamed", () => _site.EditFile("content/communes.csv", "37011,Avoine,", "37011,Avoine-sur-Loire,")),
            ("a commune added", () => File.AppendAllText(Path.Combine(_site.Root, "content/communes.csv"), "37063,Chambourg-sur-Indre,37310,47.181,0.968,1300,37\n")),
        };
        foreach (var (what, edit) in edits)
        {
            edit();
            var report = Build();
            Assert.False(report.Reused, what);
            OutputTree.AssertSame(CleanBuild(), OutputTree.Read(Output), $"after « {what} »");
        }
    }

    [Fact]
    public void After_a_place_changes_only_the_pages_that_show_it_are_rendered_again()
    {
        var first = Build();
        _site.EditFile("content/lieux/epn-lannemezan.yml", "telephone: \"", "telephone: \"05 ");
        _site.EditFile("content/lieux/epn-lannemezan.yml", "telephone: \"05 ", "telephone: \"");
        _site.EditFile("content/lieux/epn-lannemezan.yml", "nom: ", "nom: Nouvel ");

        var report = Build();

        var pages = first.PagesByKind.Values.Sum();
        Assert.InRange(report.PagesKept, pages / 2, pages - 1);
        Assert.Contains("Nouvel ", File.ReadAllText(Path.Combine(Output, "lieux", "epn-lannemezan", "index.html")));
        OutputTree.AssertSame(CleanBuild(), OutputTree.Read(Output), "after a place's name changed");
    }

    [Fact]
    public void A_validation_with_nothing_changed_replays_the_last_one_and_a_change_is_seen()
    {
        var first = new DiagnosticBag();
        Assert.True(SiteBuild.ValidateOrReplay(_site.Root, Sample.Today, first));
        Assert.True(File.Exists(Path.Combine(_site.Root, BuildCache.FolderName, "validate.txt")));
        var again = new DiagnosticBag();
        Assert.True(SiteBuild.ValidateOrReplay(_site.Root, Sample.Today, again));
        Assert.Equal(first.Sorted().Select(d => d.ToString()), again.Sorted().Select(d => d.ToString()));

        _site.EditFile("content/lieux/mairie-sorigny.yml", "code_insee: \"37250\"", "code_insee: \"99999\"");
        var broken = new DiagnosticBag();

        Assert.False(SiteBuild.ValidateOrReplay(_site.Root, Sample.Today, broken));
        Assert.Contains(broken.Items, d => d.IsError && d.Span.File == "content/lieux/mairie-sorigny.yml");
    }

    [Fact]
    public void A_damaged_cache_record_is_discarded_and_the_site_built()
    {
        Build();
        foreach (var record in Directory.EnumerateFiles(Path.Combine(_site.Root, BuildCache.FolderName))) File.WriteAllText(record, "{ pas du json\n");

        var report = Build();

        Assert.False(report.Reused);
        Assert.True(Build().Reused);
    }
}
