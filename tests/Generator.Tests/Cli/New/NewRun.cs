using Relais.Generator.Cli;
using Relais.Generator.Scaffold;

namespace Relais.Generator.Tests.Cli.New;

/// <summary>`new …` run on a test site, as a script (input redirected) or as a person typing answers.</summary>
public static class NewRun
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- sortie ---\n{Output}\n--- erreurs ---\n{Error}";
    }

    /// <summary>Nobody at the terminal: every answer must come as a flag.</summary>
    public static Result Flags(TestSite site, params string[] args) => Run(site, new Terminal(new StringReader(""), Interactive: false), args);

    /// <summary>A person answers each question with the next line of <paramref name="answers"/>.</summary>
    public static Result Typed(TestSite site, string answers, params string[] args) => Run(site, new Terminal(new StringReader(answers), Interactive: true), args);

    private static Result Run(TestSite site, Terminal terminal, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = NewCommand.Run([.. args, "--root", site.Root, "--today", "2026-11-24"], terminal, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }
}
