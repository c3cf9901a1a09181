namespace Relais.Generator.Render;

/// <summary>
/// Pages link with root-relative routes; a site served under a path (https://host/annuaire/) has
/// them prefixed here, once, after link checking.
/// </summary>
public static class BasePath
{
    /// <summary>Served at the root of its host: links stay as they are.</summary>
    public static bool IsRoot(Uri baseUrl) => baseUrl.AbsolutePath.TrimEnd('/').Length == 0;

    public static string Apply(string html, Uri baseUrl)
    {
        var prefix = baseUrl.AbsolutePath.TrimEnd('/');
        if (prefix.Length == 0) return html;
        return html
            .Replace("href=\"/", $"href=\"{prefix}/", StringComparison.Ordinal)
            .Replace("src=\"/", $"src=\"{prefix}/", StringComparison.Ordinal)
            .Replace("action=\"/", $"action=\"{prefix}/", StringComparison.Ordinal)
            .Replace($"href=\"{prefix}//", "href=\"//", StringComparison.Ordinal)
            .Replace($"src=\"{prefix}//", "src=\"//", StringComparison.Ordinal)
            .Replace($"action=\"{prefix}//", "action=\"//", StringComparison.Ordinal);
    }
}
