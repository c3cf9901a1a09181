namespace Relais.Generator.Scaffold;

/// <summary>Where `new` reads answers, and whether a person is there to type them.</summary>
public sealed record Terminal(TextReader Input, bool Interactive)
{
    /// <summary>The process's own input: nobody types on a redirected one (a script, CI), so nothing is asked there.</summary>
    public static Terminal System() => new(Console.In, !Console.IsInputRedirected);
}
