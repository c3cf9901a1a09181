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

    private BuildCache(string root, string output, string fingerprint)
    {
        _folder = Path.Combine(root, FolderName);
        _output = output;
        Fingerprint = fingerprint;
        var outputKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(output))))[..16];
        _buildRecord = Path.Combine(_folder, $"build-{outputKey}.txt");
    }

    public string Fingerprint { get; }

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
    public BuildRecord? UnchangedBuild()
    {
        var text = Read(_buildRecord);
        var newline = text?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (newline < 0) return null;
        var record = Parse<BuildRecord>(text![..newline]);
        return record?.Fingerprint == Fingerprint && text[(newline + 1)..] == OutputListing.Of(_output) ? record : null;
    }

    /// <summary>Called before the output changes: until the new record is saved, there is none.</summary>
    public void ForgetBuild() => Try(() => File.Delete(_buildRecord));

    public void SaveBuild(BuildRecord record) =>
        Write(_buildRecord, JsonSerializer.Serialize(record with { Fingerprint = Fingerprint }) + "\n" + OutputListing.Of(_output));

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
