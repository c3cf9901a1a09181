namespace Relais.Model.Pages;

/// <summary>HTML produced by the generator from editors' Markdown, already made safe.</summary>
public readonly record struct Html(string Value)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);
}

/// <summary>
/// Markup that costs time to make (QR codes, maps): made when the page is rendered, on the render
/// threads, rather than while the site is planned on one. Not kept once made: pages hold their
/// models until the build ends, and thousands of drawings would stay in memory with them.
/// </summary>
public sealed class DeferredHtml(string key, Func<string> make)
{
    /// <summary>What the markup is made from, as text: a page's cache key reads it, not the drawing.</summary>
    public string Key { get; } = key;

    [System.Text.Json.Serialization.JsonIgnore]
    public string Value => make();
}

/// <summary>A link in a breadcrumb or a menu.</summary>
public sealed record Link(string Label, string Route);

/// <summary>What every page shares: the site, its menu, the day the site was built for.</summary>
public sealed record SiteFrame(
    SiteSettings Settings, IReadOnlyList<Link> Menu, IReadOnlyList<Link> Footer, DateOnly Today,
    string StylesheetHref, string ScriptHref, string PrintStylesheetHref)
{
    public Uri Absolute(string route) => new(Settings.BaseUrl, route.TrimStart('/'));

    /// <summary>« webcal://… »: the scheme that makes a calendar app offer to subscribe. Only a port the
    /// base URL names is kept: https's 443 written after webcal:// would send apps to the wrong port.</summary>
    public string Webcal(string route) => "webcal://" + Absolute(route).GetComponents(UriComponents.Host | UriComponents.Port | UriComponents.PathAndQuery, UriFormat.UriEscaped);
}

/// <summary>What the layout needs of a page: title, description, URL and its place in the site.</summary>
public sealed record PageMeta(string Title, string Description, string Route, IReadOnlyList<Link> Breadcrumb)
{
    /// <summary>schema.org JSON-LD for the page, if it describes events or a place: made when the page is
    /// written, not held for every page of the plan (130 MB at national scale). Its key is fixed: it is
    /// made from the page's own model and the site's settings and day, which the page's key covers.</summary>
    public DeferredHtml? JsonLd { get; init; }

    /// <summary>The page shows map tiles: its Content-Security-Policy lets images come from the tile server.</summary>
    public bool ShowsMapTiles { get; init; }

    /// <summary>The route of the page this one is the printed form of (a poster, a sheet): search
    /// engines are told not to index it and sent to that page instead.</summary>
    public string? Prints { get; init; }

    /// <summary>The latest « date_maj » of the content the page shows, when it has one: the sitemap's lastmod.</summary>
    public DateOnly? UpdatedOn { get; init; }

    public Uri CanonicalUrl(SiteFrame site) => site.Absolute(Prints ?? Route);
}

/// <summary>The typed model of one page; each page component takes its own subtype.</summary>
public abstract record PageModel(PageMeta Meta, SiteFrame Site);
