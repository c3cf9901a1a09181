using Relais.Model;

namespace Relais.Generator.Diagnostics;

/// <summary>Collects every problem of a run, so that editors see them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, string? field, string message) =>
        _items.Add(new Diagnostic(descriptor, span, field, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>By file, then position: the order an editor fixes them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
