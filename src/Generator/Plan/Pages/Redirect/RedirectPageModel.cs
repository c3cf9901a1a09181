namespace Relais.Model.Pages;

/// <summary>
/// A page that sends on to another: a poster's short address (« /v/k3m9x2q/ »), an old address of
/// content/redirections.csv, or an address the site published that the build's day leaves without its
/// page (a past visit's poster). The browser goes on by a meta refresh (no script needed); the page
/// names the target, links to it and gives it as its canonical address.
/// </summary>
/// <param name="Target">The page's route, which the link and the canonical address name.</param>
/// <param name="RelativeTarget">The same from this page's address (« ../../bus/t/v/ »): the refresh then works under any base path and in the preview.</param>
/// <param name="TargetTitle">The target page's title: this page's title and heading.</param>
/// <param name="LinkText">The link's words, for whoever the refresh did not take on.</param>
/// <param name="Note">Why there is no page here any more, when there is something to say.</param>
public sealed record RedirectPageModel(PageMeta Meta, SiteFrame Site, string Target, string RelativeTarget, string TargetTitle, string LinkText, string? Note = null) : PageModel(Meta, Site);
