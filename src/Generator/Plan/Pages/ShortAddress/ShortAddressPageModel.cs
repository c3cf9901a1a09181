namespace Relais.Model.Pages;

/// <summary>
/// A short address printed on a poster (« /v/k3m9x2q/ »): a page that sends on to the visit page,
/// by a meta refresh (no script needed) and a link.
/// </summary>
/// <param name="Target">The visit page's route, which the link and the canonical address name.</param>
/// <param name="RelativeTarget">The same from the short address (« ../../bus/t/v/ »): the refresh then works under any base path and in the preview.</param>
public sealed record ShortAddressPageModel(PageMeta Meta, SiteFrame Site, string Target, string RelativeTarget, string TargetTitle) : PageModel(Meta, Site);
