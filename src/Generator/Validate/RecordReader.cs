using System.Globalization;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Hours;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate;

/// <summary>
/// Reads typed values out of one YAML mapping against its <see cref="FieldSpec"/>s. On creation it
/// reports unknown and missing keys; each read reports a malformed value at its position and
/// returns null, so a binder goes on and every problem of a file is found in one run.
/// </summary>
public sealed class RecordReader
{
    public delegate bool TryParse<T>(string text, out T value, out string error);

    private readonly RawMap _map;
    private readonly string? _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyList<FieldSpec> _specs;
    private (int Line, int Column)? _end;

    public RecordReader(RawMap map, IReadOnlyList<FieldSpec> specs, string? path, SourceSpan anchor, DiagnosticBag diagnostics)
    {
        _map = map;
        _specs = specs;
        _path = path;
        _diagnostics = diagnostics;
        Anchor = anchor;
        var known = specs.Select(s => s.Key).ToList();
        foreach (var entry in map.Entries.Where(e => !known.Contains(e.Key.Value)))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownField, entry.Key.Span, FieldPath(entry.Key.Value),
                Suggest.Nearest(entry.Key.Value, known) is { } nearest
                    ? $"champ inconnu ici. Vouliez-vous dire « {nearest} » ?"
                    : $"champ inconnu ici. Champs possibles : {string.Join(", ", known)}.");
        }
        foreach (var spec in specs.Where(s => s.Required && Present(s) is null))
        {
            diagnostics.Add(DiagnosticCatalog.MissingField, anchor, FieldPath(spec.Key),
                $"champ obligatoire absent : ajoutez « {spec.Key}: … » ({spec.Description}).");
        }
        // Written but empty is as bad as absent: the binder cannot make the record from it.
        foreach (var spec in specs.Where(IsWrittenEmpty))
        {
            var node = Present(spec)!;
            diagnostics.Add(DiagnosticCatalog.EmptyField, node.Span, FieldPath(spec.Key), EmptyMessage(spec, node));
        }
    }

    /// <summary>Where problems about the record as a whole are reported.</summary>
    public SourceSpan Anchor { get; }

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>
    /// True when the record refers to another one that was reported and left out (a commune whose
    /// row is wrong, an organiser whose file is): the record may then be left out without an error
    /// of its own, the mistake being elsewhere.
    /// </summary>
    public bool DependsOnRecordInError { get; private set; }

    public void MarkDependsOnRecordInError() => DependsOnRecordInError = true;

    /// <summary>Whether a diagnostic's position lies within this record, from its first key to its last value.</summary>
    public bool Contains(SourceSpan span)
    {
        if (span.File != _map.Span.File) return false;
        var (endLine, endColumn) = _end ??= End(_map);
        return (span.Line, span.Column).CompareTo((_map.Span.Line, _map.Span.Column)) >= 0
            && (span.Line, span.Column).CompareTo((endLine, endColumn)) <= 0;
    }

    /// <param name="reported">Whether something was already said about the file (while reading it).</param>
    public static RecordReader? ForFile(ContentFile file, IReadOnlyList<FieldSpec> specs, DiagnosticBag diagnostics, bool reported)
    {
        switch (file.Data)
        {
            case RawMap map:
                return new RecordReader(map, specs, null, map.Entries.Count > 0 ? map.Entries[0].Key.Span : map.Span, diagnostics);
            case null:
                // A syntax error was already reported; an empty file was not.
                if (!reported)
                    diagnostics.Add(DiagnosticCatalog.NotAMapping, file.Start, null, "le fichier est vide : écrivez ses champs, un par ligne, sous la forme « clé: valeur ».");
                return null;
            default:
                diagnostics.Add(DiagnosticCatalog.NotAMapping, file.Data.Span, null, "le fichier doit contenir des champs « clé: valeur », pas une liste ni un texte seul.");
                return null;
        }
    }

    /// <summary>Where this record sits in its file (« arrets[2] », the third stop), null for the file itself.</summary>
    public string? Path => _path;

    public string FieldPath(string key) => _path is null ? key : $"{_path}.{key}";

    /// <summary>The key's span when written, else the record's anchor: where to point at a field.</summary>
    public SourceSpan SpanOf(FieldSpec spec) => Entry(spec)?.Key.Span ?? Anchor;

    public SourceSpan ValueSpanOf(FieldSpec spec) => Present(spec)?.Span ?? Anchor;

    public bool Has(FieldSpec spec) => Value(spec) is not null;

    public void Report(DiagnosticDescriptor descriptor, FieldSpec spec, string message) =>
        _diagnostics.Add(descriptor, ValueSpanOf(spec), FieldPath(spec.Key), message);

    public RawScalar? Scalar(FieldSpec spec)
    {
        // Written empty (« [] » included): already reported, not a wrong shape as well.
        if (IsWrittenEmpty(spec)) return null;
        var node = Value(spec);
        if (node is null or RawScalar) return (RawScalar?)node;
        _diagnostics.Add(DiagnosticCatalog.WrongShape, node.Span, FieldPath(spec.Key), $"une seule valeur est attendue ici ({spec.Description}), pas {Describe(node)}.");
        return null;
    }

    public string? Text(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        if (scalar is null) return null;
        var text = scalar.Value.Trim();
        if (spec.MaxLength is { } max && text.Length > max)
        {
            _diagnostics.Add(DiagnosticCatalog.TooLong, scalar.Span, FieldPath(spec.Key),
                $"{text.Length} caractères, pour {max} au plus : raccourcissez ce texte (le détail peut aller dans un autre champ).");
        }
        return text;
    }

    public int? Integer(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        if (scalar is null) return null;
        if (!int.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidNumber, scalar.ContentStart, FieldPath(spec.Key), $"« {scalar.Value} » n'est pas un nombre entier positif, par exemple « 12 ».");
            return null;
        }
        return CheckRange(spec, scalar, value) ? value : null;
    }

    public double? Number(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        if (scalar is null) return null;
        var text = scalar.Value.Trim();
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.Contains(',', StringComparison.Ordinal) ? $" : utilisez un point décimal, « {text.Replace(',', '.')} »" : "";
            _diagnostics.Add(DiagnosticCatalog.InvalidNumber, scalar.ContentStart, FieldPath(spec.Key), $"« {text} » n'est pas un nombre{hint}.");
            return null;
        }
        return CheckRange(spec, scalar, value) ? value : null;
    }

    public bool? Boolean(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        if (scalar is null) return null;
        switch (scalar.Value.Trim().ToLowerInvariant())
        {
            case "true" or "oui" or "yes": return true;
            case "false" or "non" or "no": return false;
        }
        _diagnostics.Add(DiagnosticCatalog.InvalidBoolean, scalar.ContentStart, FieldPath(spec.Key), $"« {scalar.Value} » : écrivez « oui » ou « non ».");
        return null;
    }

    public DateOnly? Date(FieldSpec spec) => Parse<DateOnly>(spec, IsoDate.TryParse, DiagnosticCatalog.InvalidDate);

    /// <summary>Reads a value with a value object's parser, reporting its French error.</summary>
    public T? Parse<T>(FieldSpec spec, TryParse<T> parse, DiagnosticDescriptor descriptor) where T : struct
    {
        var scalar = Scalar(spec);
        return scalar is null ? null : ParseScalar(scalar, spec.Key, parse, descriptor);
    }

    public T? ParseScalar<T>(RawScalar scalar, string key, TryParse<T> parse, DiagnosticDescriptor descriptor) where T : struct
    {
        if (parse(scalar.Value, out var value, out var error)) return value;
        _diagnostics.Add(descriptor, scalar.ContentStart, FieldPath(key), error);
        return null;
    }

    public TimeRange? Time(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        return scalar is null ? null : TimeScalar(scalar, spec.Key);
    }

    /// <summary>A time range that must also end after it starts.</summary>
    public TimeRange? TimeScalar(RawScalar scalar, string key)
    {
        var range = ParseScalar<TimeRange>(scalar, key, TimeRange.TryParse, DiagnosticCatalog.InvalidTime);
        if (range is { IsOrdered: false } r)
        {
            _diagnostics.Add(DiagnosticCatalog.EndBeforeStart, scalar.ContentStart, FieldPath(key),
                $"« {scalar.Value} » finit avant de commencer : l'heure de fin ({TimeRange.Clock(r.End)}) doit suivre l'heure de début ({TimeRange.Clock(r.Start)}).");
            return null;
        }
        return range;
    }

    public OpeningHours? Hours(FieldSpec spec)
    {
        var scalar = Scalar(spec);
        if (scalar is null) return null;
        // Point at the faulty character when the value sits on one line, as it nearly always does.
        SourceSpan At(int offset, int length) => scalar.Span.Line == scalar.Span.EndLine ? scalar.ContentStart.Shift(offset, length) : scalar.Span;
        if (OpeningHoursParser.TryParse(scalar.Value, out var hours, out var error, out var lenient))
        {
            if (lenient.Count > 0)
                _diagnostics.Add(DiagnosticCatalog.LenientOpeningHours, At(lenient[0].Offset, Math.Max(lenient[0].Length, 1)), FieldPath(spec.Key), OpeningHoursParser.LenientMessage(hours, lenient));
            return hours;
        }
        _diagnostics.Add(DiagnosticCatalog.InvalidOpeningHours, At(error!.Offset, error.Length), FieldPath(spec.Key), $"« {scalar.Value} » : {error!.Message}");
        return null;
    }

    public T? Choice<T>(FieldSpec spec, Vocabulary<T> vocabulary) where T : struct, Enum
    {
        var scalar = Scalar(spec);
        return scalar is null ? null : ChoiceScalar(scalar, spec.Key, vocabulary);
    }

    public IReadOnlyList<T> Choices<T>(FieldSpec spec, Vocabulary<T> vocabulary) where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var scalar in Scalars(spec))
        {
            if (ChoiceScalar(scalar, spec.Key, vocabulary) is not { } value) continue;
            if (values.Contains(value))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateValue, scalar.Span, FieldPath(spec.Key), $"« {scalar.Value} » est déjà dans la liste : retirez le doublon.");
                continue;
            }
            values.Add(value);
        }
        return values;
    }

    /// <summary>A list of single values; one value alone is accepted as a list of one.</summary>
    public IReadOnlyList<RawScalar> Scalars(FieldSpec spec)
    {
        var node = Value(spec);
        if (IsWrittenEmpty(spec)) return [];
        switch (node)
        {
            case null: return [];
            case RawScalar scalar: return [scalar];
            case RawList list:
                var scalars = new List<RawScalar>();
                foreach (var item in list.Items)
                {
                    if (item is RawScalar s && !IsEmpty(s)) scalars.Add(s);
                    else if (item is not RawScalar)
                        _diagnostics.Add(DiagnosticCatalog.WrongShape, item.Span, FieldPath(spec.Key), $"chaque élément de la liste doit être une simple valeur, pas {Describe(item)}.");
                }
                return scalars;
            default:
                _diagnostics.Add(DiagnosticCatalog.WrongShape, node.Span, FieldPath(spec.Key), $"une liste de valeurs est attendue ({spec.Description}), pas {Describe(node)}.");
                return [];
        }
    }

    public RecordReader? Object(FieldSpec spec)
    {
        var node = Value(spec);
        if (node is null) return null;
        if (node is RawMap map) return new RecordReader(map, spec.Fields, FieldPath(spec.Key), Entry(spec)!.Key.Span, _diagnostics);
        _diagnostics.Add(DiagnosticCatalog.WrongShape, node.Span, FieldPath(spec.Key),
            $"des champs sont attendus ici, un par ligne en retrait ({string.Join(", ", spec.Fields.Select(f => f.Key))}), pas {Describe(node)}.");
        return null;
    }

    public IReadOnlyList<RecordReader> Objects(FieldSpec spec)
    {
        var node = Value(spec);
        if (node is null || IsWrittenEmpty(spec)) return [];
        if (node is not RawList list)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape, node.Span, FieldPath(spec.Key), $"une liste est attendue ici, chaque élément commençant par « - », pas {Describe(node)}.");
            return [];
        }
        var readers = new List<RecordReader>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            // From 0, as YAML and JSON paths count; messages put the human ordinal first (FieldLabel).
            var path = $"{FieldPath(spec.Key)}[{i}]";
            if (list.Items[i] is RawMap map)
                readers.Add(new RecordReader(map, spec.Items!.Fields, path, map.Span, _diagnostics));
            else
                _diagnostics.Add(DiagnosticCatalog.WrongShape, list.Items[i].Span, path, $"chaque élément doit décrire ses champs ({string.Join(", ", spec.Items!.Fields.Select(f => f.Key))}), pas {Describe(list.Items[i])}.");
        }
        return readers;
    }

    private T? ChoiceScalar<T>(RawScalar scalar, string key, Vocabulary<T> vocabulary) where T : struct, Enum
    {
        if (vocabulary.TryParse(scalar.Value, out var value)) return value;
        var labels = vocabulary.Labels.ToList();
        var listing = labels.Count <= 12 ? $" Valeurs possibles : {string.Join(", ", labels)}." : " La liste des valeurs possibles est dans le README (section « Écrire du contenu »).";
        _diagnostics.Add(DiagnosticCatalog.NotInVocabulary, scalar.ContentStart, FieldPath(key),
            $"« {scalar.Value} » n'est pas une valeur autorisée.{Suggest.DidYouMean(scalar.Value, labels)}{listing}");
        return null;
    }

    private bool CheckRange(FieldSpec spec, RawScalar scalar, double value)
    {
        if (spec.Minimum is { } min && value < min || spec.Maximum is { } max && value > max)
        {
            var bounds = (spec.Minimum, spec.Maximum) switch
            {
                ({ } lo, { } hi) => $"entre {lo.ToString(CultureInfo.InvariantCulture)} et {hi.ToString(CultureInfo.InvariantCulture)}",
                ({ } lo, null) => $"au moins {lo.ToString(CultureInfo.InvariantCulture)}",
                (null, { } hi) => $"au plus {hi.ToString(CultureInfo.InvariantCulture)}",
                _ => "",
            };
            _diagnostics.Add(DiagnosticCatalog.InvalidNumber, scalar.ContentStart, FieldPath(spec.Key), $"« {scalar.Value} » : la valeur doit être {bounds}.");
            return false;
        }
        return true;
    }

    private RawEntry? Entry(FieldSpec spec) => _map.Entries.FirstOrDefault(e => e.Key.Value == spec.Key);

    /// <summary>The field's value unless absent or written empty.</summary>
    private RawNode? Present(FieldSpec spec) => Entry(spec)?.Value is { } node && node is not RawScalar { IsNull: true } ? node : null;

    /// <summary>The field's value unless absent or empty: blank text is no value, an optional field written « "" » is as if absent.</summary>
    private RawNode? Value(FieldSpec spec) => Present(spec) is { } node && !(node is RawScalar scalar && IsEmpty(scalar)) ? node : null;

    /// <summary>A field that must hold a value, written as blank text or as a list of nothing (« [] », « [~] »).</summary>
    private bool IsWrittenEmpty(FieldSpec spec) => spec.MustHoldValue && Present(spec) is { } node && IsEmpty(node);

    private static bool IsEmpty(RawNode node) => node switch
    {
        RawScalar scalar => scalar.IsNull || scalar.Value.Trim().Length == 0,
        RawList list => list.Items.All(IsEmpty),
        _ => false,
    };

    private static string EmptyMessage(FieldSpec spec, RawNode node)
    {
        var what = node is RawList ? "liste vide" : "valeur vide";
        if (spec.IfEmpty is { } advice) return $"{what} : {advice}";
        if (node is not RawList && spec.Type != FieldType.List)
            return $"{what} : ce champ est obligatoire ({spec.Description}), écrivez sa valeur après « {spec.Key}: ».";
        var example = spec.Items?.Choices is [var first, ..] ? $", par exemple « {spec.Key}: [{first}] »" : "";
        return $"{what} : ce champ est obligatoire ({spec.Description}), écrivez au moins une valeur{example}.";
    }

    /// <summary>Where a node's text ends: its last value's end, for maps and lists whose own span is only their start.</summary>
    private static (int Line, int Column) End(RawNode node)
    {
        var end = (node.Span.EndLine, node.Span.EndColumn);
        IEnumerable<RawNode> children = node switch
        {
            RawMap map => map.Entries.SelectMany(e => new[] { e.Key, e.Value }),
            RawList list => list.Items,
            _ => [],
        };
        foreach (var child in children)
        {
            var childEnd = End(child);
            if (childEnd.CompareTo(end) > 0) end = childEnd;
        }
        return end;
    }

    private static string Describe(RawNode node) => node switch
    {
        RawMap => "un groupe de champs",
        RawList => "une liste",
        _ => "une valeur seule",
    };
}
