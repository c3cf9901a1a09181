using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate;

public enum FieldType
{
    Text,
    Markdown,
    Integer,
    Number,
    Boolean,
    Date,
    TimeRange,
    CodeInsee,
    CodePostal,
    Phone,
    Email,
    Url,
    OpeningHours,
    Slug,
    Choice,
    Object,
    List,
}

/// <summary>
/// One key an editor may write: its type, whether it is required and what it means. The lists of
/// these (one per content kind) drive the unknown-key and missing-key checks, the readers, and the
/// JSON Schemas that give editors completion in VS Code, so the three cannot drift apart.
/// </summary>
public sealed record FieldSpec(string Key, FieldType Type, string Description)
{
    public bool Required { get; init; }

    /// <summary>
    /// For an optional list that means nothing empty (a visit's own sessions): written as « [] », it
    /// is an error with this advice. Required fields are always checked for emptiness.
    /// </summary>
    public string? IfEmpty { get; init; }

    /// <summary>Written empty, this field is an error: the record could not be made from it.</summary>
    public bool MustHoldValue => Required || IfEmpty is not null;

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For a <see cref="FieldType.List"/>: what each item is.</summary>
    public FieldSpec? Items { get; init; }

    /// <summary>For an <see cref="FieldType.Object"/>: its keys.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    public int? MaxLength { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public static FieldSpec Choice<T>(string key, Vocabulary<T> vocabulary, string description) where T : struct, Enum =>
        new(key, FieldType.Choice, description) { Choices = vocabulary.Labels.ToList() };

    public static FieldSpec ChoiceList<T>(string key, Vocabulary<T> vocabulary, string description) where T : struct, Enum =>
        new(key, FieldType.List, description) { Items = Choice(key, vocabulary, description) };

    public static FieldSpec ListOf(string key, FieldType itemType, string description) =>
        new(key, FieldType.List, description) { Items = new FieldSpec(key, itemType, description) };

    public static FieldSpec ObjectList(string key, string description, params FieldSpec[] fields) =>
        new(key, FieldType.List, description) { Items = new FieldSpec(key, FieldType.Object, description) { Fields = fields } };
}
