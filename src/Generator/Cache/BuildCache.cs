using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Model;

namespace Relais.Generator.Cache;

/// <summary>
/// What the last build and the last validation found, kept in .relais-cache/ beside the output
/// (ignored by git, safe to delete). When nothing the result depends on changed (see
/// <see cref="InputFingerprint"/>) and nobody touched the output, a build or a validation replays
/// its diagnostics instead of doing the work again. A record is written in one atomic move once its
/// build has committed, and removed before the next build starts committing: a build killed at any
/// moment leaves either the record of the output there is, or none, never one that lies.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".relais-cache";

    private readonly string _folder;
    private readonly string _buildRecord;
    private readonly string _output;

    private BuildCache(string root, string output, InputFingerprint inputs)
    {
        _folder = Path.Combine(root, FolderName);
        _output = output;
        Inputs = inputs;
        var outputKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(output))))[..16];
        _buildRecord = Path.Combine(_folder, $"build-{outputKey}.txt");
        _previous = new Lazy<Previous?>(ReadPrevious);
    }

    private readonly Lazy<Previous?> _previous;

    public InputFingerprint Inputs { get; }

    public string Fingerprint => Inputs.Whole;

    /// <param name="options">What else the result depends on (PDFs, and with which Chromium).</param>
    public static BuildCache Open(string root, string output, DateOnly? today, params string[] options) =>
        new(root, output, InputFingerprint.Of(root, TodayOf(root, today), options));

    /// <summary>The date the site will be built for, as validation decides it, from statiq.json alone.</summary>
    private static DateOnly TodayOf(string root, DateOnly? today)
    {
        if (today is { } requested) return requested;
        var ignored = new DiagnosticBag();
        return SiteClock.For(null, BindSettings.Run(LoadContent.Settings(root, ignored), ignored));
    }

    /// <summary>The last build's result, when it is still the output's and the inputs are the same.</summary>
    public BuildRecord? UnchangedBuild() => _previous.Value is { } previous && previous.Record.Fingerprint == Fingerprint ? previous.Record : null;

    /// <summary>The last build's pages (output path → key) and files, when the output is still as it left it:
    /// a page whose key did not change need not be rendered again.</summary>
    public (IReadOnlyDictionary<string, string> Pages, IReadOnlySet<string> Files)? PreviousOutput() =>
        _previous.Value is { } previous ? (previous.Pages, previous.Listing.Keys.ToHashSet(StringComparer.Ordinal)) : null;

    private sealed record Previous(BuildRecord Record, IReadOnlyDictionary<string, string> Pages, IReadOnlyDictionary<string, string> Listing);

    /// <summary>The record of this output, if it is whole and the output is as that build left it.</summary>
    private Previous? ReadPrevious()
    {
        var text = Read(_buildRecord);
        if (text is null) return null;
        var header = text.IndexOf('\n', StringComparison.Ordinal);
        var pagesAt = text.IndexOf(PagesSection, StringComparison.Ordinal);
        if (header < 0 || pagesAt < header) return null;
        var record = Parse<BuildRecord>(text[..header]);
        var listing = text[(header + 1)..pagesAt];
        if (record is null || listing != OutputListing.Of(_output)) return null;
        var lines = OutputListing.ByPath(listing);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text[(pagesAt + PagesSection.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0) pages[line[..tab]] = line[(tab + 1)..];
        }
        return new Previous(record, pages, lines);
    }

    private const string PagesSection = "#pages\n";

    /// <summary>Called before the output changes: until the new record is saved, there is none.</summary>
    public void ForgetBuild() => Try(() => File.Delete(_buildRecord));

    /// <param name="pages">Each rendered or kept page's output path and key.</param>
    /// <param name="site">Every file of the committed output; <paramref name="changed"/>, those the build wrote.</param>
    public void SaveBuild(BuildRecord record, IEnumerable<KeyValuePair<string, string>> pages, IReadOnlySet<string> site, IReadOnlySet<string> changed)
    {
        var listing = _previous.Value is { } previous ? OutputListing.After(_output, previous.Listing, site, changed) : OutputListing.Of(_output);
        var text = new StringBuilder(JsonSerializer.Serialize(record with { Fingerprint = Fingerprint })).Append('\n').Append(listing).Append(PagesSection);
        foreach (var (path, key) in pages.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append(path).Append('\t').Append(key).Append('\n');
        Write(_buildRecord, text.ToString());
    }

    /// <summary>The last validation's diagnostics, when the inputs are the same.</summary>
    public IReadOnlyList<Diagnostic>? UnchangedValidation()
    {
        var record = Parse<ValidationRecord>(Read(Path.Combine(_folder, "validate.txt")));
        return record?.Fingerprint == Fingerprint ? CachedDiagnostic.Restore(record.Diagnostics) : null;
    }

    public void SaveValidation(IEnumerable<Diagnostic> diagnostics) =>
        Write(Path.Combine(_folder, "validate.txt"), JsonSerializer.Serialize(new ValidationRecord(Fingerprint, CachedDiagnostic.Keep(diagnostics))));

    private static T? Parse<T>(string? json) where T : class
    {
        if (json is null) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null; // a record from another version of the program, or damaged: build afresh
        }
    }

    private static string? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Written beside, then moved: a record is whole or absent. A cache that cannot be written only costs speed.</summary>
    private void Write(string path, string text) => Try(() =>
    {
        Directory.CreateDirectory(_folder);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    });

    private static void Try(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>What a build reports, kept to report it again: pages by kind (by name), PDFs, files, diagnostics.</summary>
public sealed record BuildRecord(string Fingerprint, IReadOnlyList<KindCount> Pages, int Pdfs, int Files, IReadOnlyList<CachedDiagnostic> Diagnostics);

public sealed record KindCount(string Kind, int Count);

public sealed record ValidationRecord(string Fingerprint, IReadOnlyList<CachedDiagnostic> Diagnostics);

/// <summary>A diagnostic as stored: its descriptor by code, found again in the catalog.</summary>
public sealed record CachedDiagnostic(string Code, string File, int Line, int Column, int EndLine, int EndColumn, string? Field, string Message)
{
    public static IReadOnlyList<CachedDiagnostic> Keep(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => new CachedDiagnostic(d.Code, d.Span.File, d.Span.Line, d.Span.Column, d.Span.EndLine, d.Span.EndColumn, d.Field, d.Message)).ToList();

    /// <summary>Null when a code is no longer in the catalog (the record is then not trusted).</summary>
    public static IReadOnlyList<Diagnostic>? Restore(IReadOnlyList<CachedDiagnostic> kept)
    {
        var restored = new List<Diagnostic>();
        foreach (var d in kept)
        {
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(c => c.Code == d.Code);
            if (descriptor is null) return null;
            restored.Add(new Diagnostic(descriptor, new SourceSpan(d.File, d.Line, d.Column, d.EndLine, d.EndColumn), d.Field, d.Message));
        }
        return restored;
    }
}
