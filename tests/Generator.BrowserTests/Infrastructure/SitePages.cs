namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>One page of each kind the generator writes, by a name used in test output.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string CommuneWithOffers = "/communes/loches-37132/";
    public const string CommuneWithoutOffer = "/communes/saint-laurent-de-neste-65389/";
    /// <summary>Places past its cards, one line each.</summary>
    public const string CommuneWithPlaceList = "/communes/saint-gaudens-31483/";
    /// <summary>Bus visits past its cards, one line each.</summary>
    public const string CommuneWithVisitList = "/communes/montrejeau-31390/";
    public const string Place = "/lieux/epn-loches/";
    public const string Workshop = "/ateliers/loches-premiers-pas-2027/";
    public const string Tour = "/bus/bus-numerique-touraine/";
    public const string UpcomingStop = "/bus/bus-numerique-touraine/2027-03-09-sorigny/";
    public const string PastStop = "/bus/bus-numerique-touraine/2026-11-17-cinais/";
    public const string CancelledStop = "/bus/bus-numerique-touraine/2027-03-16-huismes/";
    public const string VisitPoster = "/bus/bus-numerique-touraine/2027-03-09-sorigny/affiche/";
    public const string NextStepsSheet = "/bus/bus-numerique-touraine/2026-11-17-cinais/suite/";
    public const string CommunePoster = "/communes/loches-37132/affiche/";
    public const string Map = "/carte/";
    public const string NotFound = "/404.html";

    /// <summary>Every kind of page: (name, path).</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> AllKinds =
    [
        ("home", Home),
        ("departments", "/departements/"),
        ("department", "/departements/37-indre-et-loire/"),
        ("commune with offers", CommuneWithOffers),
        ("commune without its own offer", CommuneWithoutOffer),
        ("commune with a list of further places", CommuneWithPlaceList),
        ("commune with a list of further visits", CommuneWithVisitList),
        ("places", "/lieux/"),
        ("place", Place),
        ("workshops", "/ateliers/"),
        ("workshop", Workshop),
        ("tours", "/bus/"),
        ("tour", Tour),
        ("stop before its date", UpcomingStop),
        ("stop after its date", PastStop),
        ("cancelled stop", CancelledStop),
        ("visit poster", VisitPoster),
        ("after-the-bus sheet", NextStepsSheet),
        ("commune poster", CommunePoster),
        ("agenda", "/agenda/"),
        ("agenda of a month", "/agenda/2027-03/"),
        ("coverage", "/couverture/"),
        ("map", Map),
        ("data", "/donnees/"),
        ("content: about", "/a-propos/"),
        ("content: accessibility", "/accessibilite/"),
        ("content: hosting the bus", "/accueillir-le-bus/"),
        ("content: contributing", "/contribuer/"),
        ("content: legal notice", "/mentions-legales/"),
        ("404", NotFound),
    ];

    public static string PathOf(string name) => AllKinds.Single(k => k.Name == name).Path;
}
