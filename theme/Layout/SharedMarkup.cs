using Microsoft.AspNetCore.Components;
using Relais.Model;
using Relais.Model.Pages;

namespace Relais.Theme.Layout;

/// <summary>
/// The header and footer of a build's pages, rendered once (SiteHeader, SiteFooter) and written into
/// every page as is: the same markup on 100,000 pages. The header differs only on the home page (no
/// search form) and on the pages of the menu (their link marked current): one variant each.
/// </summary>
public sealed class SharedMarkup
{
    private readonly IReadOnlyDictionary<string, MarkupString> _headers;
    private readonly MarkupString _otherHeader;

    private SharedMarkup(IReadOnlyDictionary<string, MarkupString> headers, MarkupString otherHeader, MarkupString footer)
    {
        _headers = headers;
        _otherHeader = otherHeader;
        Footer = footer;
    }

    public MarkupString Footer { get; }

    public MarkupString Header(string route) => _headers.GetValueOrDefault(route, _otherHeader);

    /// <param name="render">Renders a component with its parameters to HTML.</param>
    public static async Task<SharedMarkup> RenderAsync(SiteFrame site, Func<Type, Dictionary<string, object?>, Task<string>> render)
    {
        async Task<MarkupString> Header(string? route) =>
            new(await render(typeof(SiteHeader), new Dictionary<string, object?> { [nameof(SiteHeader.Site)] = site, [nameof(SiteHeader.Route)] = route }));
        var headers = new Dictionary<string, MarkupString>(StringComparer.Ordinal);
        foreach (var route in site.Menu.Select(l => l.Route).Prepend(Routes.Home).Distinct(StringComparer.Ordinal))
            headers[route] = await Header(route);
        var footer = await render(typeof(SiteFooter), new Dictionary<string, object?> { [nameof(SiteFooter.Site)] = site });
        return new SharedMarkup(headers, await Header(null), new MarkupString(footer));
    }
}
