using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Relais.Generator.Load;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record FrontMatterSplit(string Yaml, int YamlLineOffset, string Body);

public static class FrontMatter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Null when the file does not start with a closed « --- » block; <paramref name="error"/> says why.</summary>
    public static FrontMatterSplit? Split(string text, out string? error)
    {
        error = null;
        var document = Markdown.Parse(text, Pipeline);
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock block)
        {
            var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString());
            var yaml = string.Join('\n', lines);
            var bodyStart = block.Span.End + 1;
            var body = bodyStart < text.Length ? text[bodyStart..] : "";
            // Markdig lines are 0-based and the block's first line is « --- »: the YAML starts one line below.
            return new FrontMatterSplit(yaml, block.Line + 1, body.TrimStart('\r', '\n'));
        }
        error = !text.TrimStart().StartsWith("---", StringComparison.Ordinal)
            ? "le fichier doit commencer par un en-tête YAML entre deux lignes « --- » (titre, dates…), suivi du texte en Markdown."
            : text.StartsWith("---", StringComparison.Ordinal)
                ? "l'en-tête YAML n'est pas fermé : ajoutez une ligne « --- » après le dernier champ, avant le texte."
                : "l'en-tête YAML doit commencer dès la première ligne : retirez les lignes vides avant la ligne « --- ».";
        return null;
    }
}
