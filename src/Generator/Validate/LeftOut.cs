using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Validate;

/// <summary>
/// The promise of a passing validation: every record left out has an error saying why. Binders
/// report each rule they know; this catches a record dropped by a rule nobody reported (a gap in a
/// binder), so that the site never builds without a page an editor wrote.
/// </summary>
public static class LeftOut
{
    /// <summary>Said on every « left out » error: the mistake may be the generator's.</summary>
    public const string Advice = "Si tout semble juste, signalez-le à l'équipe du site : c'est une erreur du générateur.";

    /// <summary>Binds every file of a kind with <paramref name="bind"/>, reporting each one left out without an error.
    /// <paramref name="bind"/> reports through its reader's diagnostics, never a shared bag.</summary>
    public static IReadOnlyList<T> BindFiles<T>(IReadOnlyList<ContentFile> files, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, Func<ContentFile, RecordReader, T?> bind)
        where T : class
    {
        // Gathered once, not searched per file: thousands of files may fail together (communes.csv broken).
        var (inError, reported) = (FilesInError(diagnostics, 0), FilesReported(diagnostics));
        // Each file is bound on any core into its own diagnostics (a binder reports through its reader),
        // gathered in file order: the same records and messages, in the same order, as one by one.
        var bound = files.AsParallel().AsOrdered().Select(file =>
        {
            var found = new DiagnosticBag();
            return (Record: Bind(file, specs, found, bind, inError, reported), found);
        }).ToList();
        var records = new List<T>();
        foreach (var (record, found) in bound)
        {
            diagnostics.AddRange(found.Items);
            if (record is not null) records.Add(record);
        }
        return records;
    }

    public static T? BindFile<T>(ContentFile file, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, Func<ContentFile, RecordReader, T?> bind)
        where T : class =>
        Bind(file, specs, diagnostics, bind, FilesInError(diagnostics, 0), FilesReported(diagnostics));

    /// <summary>Reports an item of a list (a bus stop) that gave no record, unless an error lies inside it.</summary>
    /// <param name="since">Where in the diagnostics to look: before the list's items were read.</param>
    /// <param name="what">The item, for the message: « ce passage ».</param>
    /// <param name="alsoCheck">Fields to name besides the required ones.</param>
    public static void CheckItem(RecordReader item, int since, IReadOnlyList<FieldSpec> specs, string what, params FieldSpec[] alsoCheck)
    {
        var diagnostics = item.Diagnostics.Items;
        if (item.DependsOnRecordInError) return;
        for (var i = since; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].IsError && item.Contains(diagnostics[i].Span)) return;
        }
        var keys = string.Join(", ", specs.Where(s => s.Required).Concat(alsoCheck).Select(s => s.Key));
        item.Diagnostics.Add(DiagnosticCatalog.RecordLeftOut, item.Anchor, item.Path,
            $"{what} n'est pas pris en compte (il n'aura pas de page), sans qu'une erreur plus précise ait été trouvée : "
            + $"vérifiez que {keys} ont chacun une valeur correcte. {Advice}");
    }

    /// <param name="inError">Files with an error reported before binding (loading, file names).</param>
    /// <param name="reported">Files with anything reported before binding.</param>
    private static T? Bind<T>(ContentFile file, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, Func<ContentFile, RecordReader, T?> bind, HashSet<string> inError, HashSet<string> reported)
        where T : class
    {
        var since = diagnostics.Items.Count;
        var reader = RecordReader.ForFile(file, specs, diagnostics, reported.Contains(file.Path));
        var record = reader is null ? null : bind(file, reader);
        if (record is null && reader?.DependsOnRecordInError != true && !inError.Contains(file.Path) && !FilesInError(diagnostics, since).Contains(file.Path))
        {
            diagnostics.Add(DiagnosticCatalog.RecordLeftOut, reader?.Anchor ?? file.Start, null,
                $"ce fichier n'est pas pris en compte, sans qu'une erreur plus précise ait été trouvée : "
                + $"vérifiez que chaque champ obligatoire ({string.Join(", ", specs.Where(s => s.Required).Select(s => s.Key))}) a une valeur correcte. {Advice}");
        }
        return record;
    }

    private static HashSet<string> FilesReported(DiagnosticBag diagnostics) =>
        diagnostics.Items.Select(d => d.Span.File).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> FilesInError(DiagnosticBag diagnostics, int since)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (var i = since; i < diagnostics.Items.Count; i++)
        {
            if (diagnostics.Items[i].IsError) files.Add(diagnostics.Items[i].Span.File);
        }
        return files;
    }
}
