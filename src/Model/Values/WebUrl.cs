namespace Relais.Model.Values;

/// <summary>An absolute http or https address; other schemes (javascript:, data:, file:) are refused.</summary>
public readonly record struct WebUrl(Uri Value)
{
    public static bool TryParse(string text, out WebUrl url, out string error)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            url = new WebUrl(uri);
            error = "";
            return true;
        }
        url = default;
        error = text.Trim().StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            ? $"« {text} » : ajoutez « https:// » devant l'adresse, par exemple « https://{text.Trim()} »."
            : $"« {text} » n'est pas une adresse web : elle doit commencer par « https:// » (ou « http:// »).";
        return false;
    }

    public override string ToString() => Value.AbsoluteUri;
}
