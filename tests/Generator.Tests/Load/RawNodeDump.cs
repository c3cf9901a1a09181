using System.Text;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

/// <summary>
/// A raw tree as a compact table, one node a line: kind, start–end « line:column », value. Tests
/// compare it to an expected table, in the manner of Markdig's TestSourcePosition.
/// </summary>
public static class RawNodeDump
{
    public static string Of(RawNode? node)
    {
        var sb = new StringBuilder();
        Write(node, 0, "", sb);
        return sb.ToString().TrimEnd('\n');
    }

    private static void Write(RawNode? node, int depth, string role, StringBuilder sb)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case null:
                sb.Append(indent).Append("(none)\n");
                break;
            case RawScalar s:
                var kind = role.Length > 0 ? role : s.IsPlain ? "plain" : "quoted";
                var value = s.Value.Replace("\n", "\\n", StringComparison.Ordinal);
                sb.Append($"{indent}{kind} {s.Span.Line}:{s.Span.Column}-{s.Span.EndLine}:{s.Span.EndColumn} {value}\n");
                break;
            case RawMap m:
                sb.Append($"{indent}map {m.Span.Line}:{m.Span.Column}\n");
                foreach (var entry in m.Entries)
                {
                    Write(entry.Key, depth + 1, "key", sb);
                    Write(entry.Value, depth + 2, "", sb);
                }
                break;
            case RawList l:
                sb.Append($"{indent}list {l.Span.Line}:{l.Span.Column}\n");
                foreach (var item in l.Items) Write(item, depth + 1, "", sb);
                break;
        }
    }
}
