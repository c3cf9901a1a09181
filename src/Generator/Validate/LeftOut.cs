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
    private const string Advice = "Si tout semble juste, signalez-le à l'équipe du site : c'est une erreur du générateur.";

    /// <summary>Binds every file of a kind with <paramref name="bind"/>, reporting each one left out without an error.</summary>
    public static IReadOnlyList<T> BindFiles<T>(IReadOnlyList<ContentFile> files, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, Func<ContentFile, RecordReader, T?> bind)
        where T : class
    {
        var records = new List<T>();
        foreach (var file in files)
        {
            if (BindFile(file, specs, diagnostics, bind) is { } record) records.Add(record);
        }
        return records;
    }

    public static T? BindFile<T>(ContentFile file, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, Func<ContentFile, RecordReader, T?> bind)
        where T : class
    {
        var reader = RecordReader.ForFile(file, specs, diagnostics);
        var record = reader is null ? null : bind(file, reader);
        if (record is null && reader?.DependsOnRecordInError != true && !diagnostics.Items.Any(d => d.IsError && d.Span.File == file.Path))
        {
            diagnostics.Add(DiagnosticCatalog.RecordLeftOut, reader?.Anchor ?? file.Start, null,
                $"ce fichier n'est pas pris en compte (il n'aura pas de page), sans qu'une erreur plus précise ait été trouvée : "
                + $"vérifiez que chaque champ obligatoire ({RequiredKeys(specs)}) a une valeur correcte. {Advice}");
        }
        return record;
    }

    /// <summary>Reports an item of a list (a bus stop) that gave no record, unless an error lies inside it.</summary>
    /// <param name="what">The item, for the message: « ce passage ».</param>
    public static void CheckItem(RecordReader item, IReadOnlyList<FieldSpec> specs, string what, params FieldSpec[] alsoCheck)
    {
        if (item.DependsOnRecordInError || item.Diagnostics.Items.Any(d => d.IsError && item.Contains(d.Span))) return;
        var keys = string.Join(", ", specs.Where(s => s.Required).Concat(alsoCheck).Select(s => s.Key));
        item.Diagnostics.Add(DiagnosticCatalog.RecordLeftOut, item.Anchor, item.Path,
            $"{what} n'est pas pris en compte (il n'aura pas de page), sans qu'une erreur plus précise ait été trouvée : "
            + $"vérifiez que {keys} ont chacun une valeur correcte. {Advice}");
    }

    private static string RequiredKeys(IReadOnlyList<FieldSpec> specs) => string.Join(", ", specs.Where(s => s.Required).Select(s => s.Key));
}
