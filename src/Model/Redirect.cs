namespace Relais.Model;

/// <summary>
/// A line of content/redirections.csv: an address the site published once and the address that
/// replaces it. A page at <see cref="From"/> sends readers on, so that a printed poster, a bookmark or
/// a link elsewhere never ends on « page introuvable ».
/// </summary>
public sealed record Redirect(string From, string To, SourceSpan FromSource, SourceSpan ToSource)
{
    /// <summary>Where the chain of lines starting here ends (decided by Resolve): a line whose new address is
    /// itself redirected by another line leads straight to that line's end.</summary>
    public string Final { get; init; } = To;

    /// <summary>The cell naming <see cref="Final"/>: the last line of the chain, where a dead end is reported.</summary>
    public SourceSpan FinalSource { get; init; } = ToSource;
}
