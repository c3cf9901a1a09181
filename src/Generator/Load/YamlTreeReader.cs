using Relais.Generator.Diagnostics;
using Relais.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Relais.Generator.Load;

/// <summary>
/// Reads YAML into <see cref="RawNode"/>s from YamlDotNet's event stream (rather than its object
/// model) so that every value keeps its position and a key written twice is reported, not thrown.
/// </summary>
public static class YamlTreeReader
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter).</param>
    public static RawNode? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, RawNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, lineOffset, anchors, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(DiagnosticCatalog.YamlSyntax, Span(file, lineOffset, second.Start, second.End), null,
                    "un second document YAML commence ici (ligne « --- ») : un fichier ne décrit qu'une seule fiche.");
            }
            return root;
        }
        catch (YamlException ex)
        {
            // A key out of line with its neighbours is named on its own line, where the parser only sees a missing « - ».
            if (YamlMessages.MisalignedKey(ex, text) is { } misaligned)
            {
                var at = new Mark(0, misaligned.Line, misaligned.Column);
                diagnostics.Add(DiagnosticCatalog.YamlSyntax, Span(file, lineOffset, at, at), null, misaligned.Message);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.YamlSyntax, Span(file, lineOffset, ex.Start, ex.End), null, YamlMessages.Translate(ex, text));
            }
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on an unclosed « [ » followed by
            // more lines: report it at the last value read, which is on the faulty line.
            var at = parser.Current?.Start ?? new Mark(0, 1, 1);
            diagnostics.Add(DiagnosticCatalog.YamlSyntax, Span(file, lineOffset, at, at), null, YamlMessages.Unclosed);
            return null;
        }
    }

    private static RawNode ReadNode(IParser parser, string file, int lineOffset, Dictionary<string, RawNode> anchors, DiagnosticBag diagnostics)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target)) return target;
            throw new YamlException(alias.Start, alias.End, $"Unknown alias *{alias.Value.Value}");
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new RawScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Span(file, lineOffset, scalar.Start, scalar.End));
            return Anchor(scalar.Anchor, node, anchors);
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<RawNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, file, lineOffset, anchors, diagnostics));
            return Anchor(sequenceStart.Anchor, new RawList(items, Span(file, lineOffset, sequenceStart.Start, sequenceStart.End)), anchors);
        }
        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<RawEntry>();
        var seen = new Dictionary<string, RawScalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, file, lineOffset, anchors, diagnostics);
            var value = ReadNode(parser, file, lineOffset, anchors, diagnostics);
            if (keyNode is not RawScalar key)
            {
                diagnostics.Add(DiagnosticCatalog.YamlSyntax, keyNode.Span, null, "une clé doit être un simple mot, par exemple « nom: ».");
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateKey, key.Span, key.Value,
                    $"déjà écrit ligne {first.Span.Line} : gardez une seule ligne « {key.Value}: » (la seconde serait ignorée).");
                continue;
            }
            seen[key.Value] = key;
            entries.Add(new RawEntry(key, value));
        }
        return Anchor(mappingStart.Anchor, new RawMap(entries, Span(file, lineOffset, mappingStart.Start, mappingStart.End)), anchors);
    }

    private static RawNode Anchor(AnchorName anchor, RawNode node, Dictionary<string, RawNode> anchors)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
        return node;
    }

    private static SourceSpan Span(string file, int lineOffset, Mark start, Mark end) =>
        new(file, (int)start.Line + lineOffset, (int)start.Column, (int)end.Line + lineOffset, (int)end.Column);
}
