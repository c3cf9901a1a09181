using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Scaffold;

/// <summary>How a tour file writes its « arrets » key.</summary>
public enum StopListShape
{
    /// <summary>No « arrets » key.</summary>
    Absent,
    /// <summary>« arrets: » with nothing (or only comments) under it.</summary>
    Empty,
    /// <summary>« arrets: [] ».</summary>
    EmptyFlow,
    /// <summary>One stop per « - » item, the editors' way.</summary>
    Block,
}

/// <summary>One stop as written: its mapping, the line of its « - » and the columns of the dash and of its keys (0-based).</summary>
public sealed record StopItem(RawMap Map, int DashLine, int DashIndent, int KeyIndent)
{
    public RawNode? Value(string key) => Map.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

    public string? Scalar(string key) => Value(key) is RawScalar { IsNull: false } s ? s.Value.Trim() : null;
}

/// <summary>
/// The « arrets » list of a tour file as written, located with the YAML parser's positions (the
/// reader's <see cref="RawNode"/> spans), so that a stop can be added as text without rewriting the file.
/// </summary>
public sealed class StopList
{
    private readonly List<int> _lineStarts = [0];

    private StopList(string text, RawMap root)
    {
        Text = text;
        Root = root;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length) _lineStarts.Add(i + 1);
        }
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The file's text, without its BOM.</summary>
    public string Text { get; }

    public RawMap Root { get; }

    /// <summary>« \r\n » when the file has Windows line ends: added lines take the file's.</summary>
    public string NewLine { get; }

    public StopListShape Shape { get; private set; }

    /// <summary>The « arrets » key, unless <see cref="StopListShape.Absent"/>.</summary>
    public RawScalar? Key { get; private set; }

    public IReadOnlyList<StopItem> Items { get; private set; } = [];

    public int LineCount => _lineStarts.Count;

    public string? RootScalar(string key) => Root.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value is RawScalar { IsNull: false } s ? s.Value.Trim() : null;

    public RawNode? RootValue(string key) => Root.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

    /// <summary>Line <paramref name="line"/> (1-based) without its line end.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Count ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    /// <summary>Where line <paramref name="line"/> starts in <see cref="Text"/>; past the last line, the end of the text.</summary>
    public int OffsetOf(int line) => line <= _lineStarts.Count ? _lineStarts[line - 1] : Text.Length;

    public static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    public static bool IsComment(string line) => line.TrimStart().StartsWith('#');

    public static bool IsBlank(string line) => line.Trim().Length == 0;

    /// <summary>Null when the file cannot take a stop as text; <paramref name="error"/> says why, in French.</summary>
    public static StopList? Read(string text, string file, out string error)
    {
        error = "";
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, file, 0, diagnostics);
        if (diagnostics.HasErrors || root is not RawMap map)
        {
            error = $"{file} n'est pas lisible tel quel ({(diagnostics.Items.FirstOrDefault() is { } first ? $"ligne {first.Span.Line} : {first.Message}" : "ce n'est pas une liste de champs « clé: valeur »")}) : corrigez-le d'abord (« relais validate » dit où).";
            return null;
        }
        var list = new StopList(text, map);
        var entry = map.Entries.FirstOrDefault(e => e.Key.Value == "arrets");
        if (entry is null)
        {
            list.Shape = StopListShape.Absent;
            return list;
        }
        list.Key = entry.Key;
        switch (entry.Value)
        {
            case RawScalar { IsNull: true }:
                list.Shape = StopListShape.Empty;
                return list;
            case RawList { Items.Count: 0 } empty when list.CharAt(empty.Span) == '[':
                list.Shape = StopListShape.EmptyFlow;
                return list;
            case RawList flow when list.CharAt(flow.Span) == '[':
                error = $"les passages de {file} sont écrits entre crochets (« arrets: [ … ] ») : la commande ne sait ajouter un passage qu'à une liste écrite un passage par « - ». Ajoutez-le à la main.";
                return null;
            case RawList block:
                var items = new List<StopItem>();
                foreach (var item in block.Items)
                {
                    if (item is not RawMap stop || list.Dash(stop) is not { } dash)
                    {
                        error = $"{file}, ligne {item.Span.Line} : ce passage n'est pas écrit « - clé: valeur » ; corrigez-le d'abord (« relais validate »).";
                        return null;
                    }
                    items.Add(new StopItem(stop, dash.Line, dash.Indent, stop.Span.Column - 1));
                }
                list.Shape = StopListShape.Block;
                list.Items = items;
                return list;
            default:
                error = $"{file}, ligne {entry.Key.Span.Line} : « arrets » doit être une liste de passages ; corrigez-le d'abord (« relais validate »).";
                return null;
        }
    }

    private char CharAt(Relais.Model.SourceSpan span) => Line(span.Line) is var line && span.Column - 1 < line.Length ? line[span.Column - 1] : '\0';

    /// <summary>The « - » of an item: before its first key on the same line, or alone on the line above.</summary>
    private (int Line, int Indent)? Dash(RawMap item)
    {
        if (item.Entries.Count == 0) return null;
        var line = Line(item.Span.Line);
        var before = line[..Math.Min(item.Span.Column - 1, line.Length)].TrimEnd();
        if (before.EndsWith('-') && before[..^1].Trim().Length == 0) return (item.Span.Line, before.Length - 1);
        if (before.Trim().Length == 0 && item.Span.Line > 1 && Line(item.Span.Line - 1).Trim() == "-") return (item.Span.Line - 1, Indent(Line(item.Span.Line - 1)));
        return null;
    }
}
