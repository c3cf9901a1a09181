using System.CommandLine;

namespace Relais.Generator.Cli;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<string?> Root() => new("--root") { Description = "Dossier du site (par défaut : le dossier courant)", HelpName = "DOSSIER" };

    public static Option<string?> Today() => new("--today") { Description = "Date du jour à utiliser, AAAA-MM-JJ (pour des résultats reproductibles)", HelpName = "DATE" };

    public static Option<bool> All() => new("--tous")
    {
        Description = $"Affiche chaque avertissement (par défaut, au-delà de {DiagnosticPrinter.FoldAfter} avertissements d'un même type, les suivants sont seulement comptés)",
    };

    public static Option<OutputFormat> Format() => FrenchCommandLine.Choice("--format",
        "Présentation des problèmes : texte, ou github (annotations de pull request)", OutputFormat.Text,
        ("texte", OutputFormat.Text), ("github", OutputFormat.Github), ("text", OutputFormat.Text));
}
