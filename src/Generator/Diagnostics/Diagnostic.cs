using Relais.Model;

namespace Relais.Generator.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A kind of problem: a stable code editors can search for, its severity and a short title.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title);

/// <summary>One problem found in the content, at a position, in French.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string? Field, string Message)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public bool IsError => Severity == Severity.Error;

    /// <summary>The message with the field it concerns, as editors read it.</summary>
    public string FullMessage => Field is null ? Message : $"{FieldLabel.Describe(Field)} : {Message}";

    /// <summary>« content/lieux/x.yml:4:3: erreur OFF0012: … », the compilers' format editors' tools understand.</summary>
    public override string ToString() =>
        $"{Span.File}:{Span.Line}:{Span.Column}: {(IsError ? "erreur" : "avertissement")} {Code}: {FullMessage}";
}
