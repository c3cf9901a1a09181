using Relais.Generator.Interop;
using Relais.Model.French;

namespace Relais.Generator.Import;

/// <summary>What happened to a row, or what the import says about one of its columns.</summary>
public enum ReportKind
{
    Created,
    Updated,
    Unchanged,
    Rejected,
    Duplicate,
    OutsideArea,
    Note,
    Kept,
    Replaced,
}

/// <summary>One line of the report: <see cref="Line"/> is the CSV line the row starts on (the header is line 1), 0 for the file as a whole.</summary>
public sealed record ReportEntry(int Line, string Column, ReportKind Kind, string? File, string Message);

/// <summary>The import's account, printed in French and written as CSV with --rapport.</summary>
public sealed class ImportReport
{
    public static readonly string[] CsvColumns = ["ligne", "colonne", "nature", "fichier", "message"];

    private readonly List<ReportEntry> _entries = [];

    public int Read { get; set; }

    public IReadOnlyList<ReportEntry> Entries => _entries;

    public int Count(ReportKind kind) => _entries.Count(e => e.Kind == kind);

    public void Add(int line, string column, ReportKind kind, string? file, string message) => _entries.Add(new ReportEntry(line, column, kind, file, message));

    /// <summary>Entries by line, the row's outcome before its notes, as the rows came.</summary>
    public IEnumerable<ReportEntry> Sorted() => _entries
        .Select((e, i) => (e, i))
        .OrderBy(x => x.e.Line)
        .ThenBy(x => IsOutcome(x.e.Kind) ? 0 : 1)
        .ThenBy(x => x.i)
        .Select(x => x.e);

    public static bool IsOutcome(ReportKind kind) => kind is ReportKind.Created or ReportKind.Updated or ReportKind.Unchanged
        or ReportKind.Rejected or ReportKind.Duplicate or ReportKind.OutsideArea;

    public static string Name(ReportKind kind) => kind switch
    {
        ReportKind.Created => "créé",
        ReportKind.Updated => "mis à jour",
        ReportKind.Unchanged => "inchangé",
        ReportKind.Rejected => "rejeté",
        ReportKind.Duplicate => "doublon",
        ReportKind.OutsideArea => "hors départements",
        ReportKind.Note => "remarque",
        ReportKind.Kept => "conservé",
        _ => "remplacé",
    };

    public string Summary() =>
        $"{Fr.Counted(Read, "lu", "lus")}, {Fr.Counted(Count(ReportKind.Created), "créé", "créés")}, {Count(ReportKind.Updated)} mis à jour, "
        + $"{Fr.Counted(Count(ReportKind.Unchanged), "inchangé", "inchangés")}, {Fr.Counted(Count(ReportKind.Rejected), "rejeté", "rejetés")}, "
        + $"{Fr.Counted(Count(ReportKind.Duplicate), "doublon", "doublons")}, {Count(ReportKind.OutsideArea)} hors départements";

    public string ToCsv() => CsvWriter.Write(CsvColumns, Sorted().Select(e => (IReadOnlyList<string?>)
    [
        e.Line == 0 ? "" : e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Column, Name(e.Kind), e.File, e.Message,
    ]));

    /// <summary>One line for the console: « ligne 12, colonne services : … ».</summary>
    public static string Format(ReportEntry e)
    {
        var where = e.Line == 0 ? "fichier" : $"ligne {e.Line}";
        if (e.Column.Length > 0) where += $", colonne {e.Column}";
        return $"  {where} : {e.Message}{(e.File is null ? "" : $" ({e.File})")}";
    }
}
