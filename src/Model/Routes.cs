using Relais.Model.Resolved;

namespace Relais.Model;

/// <summary>
/// The single source of the site's URLs: the Plan stage places pages with these, components link
/// with these, and the build checks every link of every page against the planned pages.
/// Routes are root-relative; a base URL with a path is applied once, when pages are written.
/// </summary>
public static class Routes
{
    public const string Home = "/";
    public const string Departments = "/departements/";
    public const string Places = "/lieux/";
    public const string Workshops = "/ateliers/";
    public const string Tours = "/bus/";
    public const string Agenda = "/agenda/";
    public const string NotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Data = "/donnees/";
    public const string Map = "/carte/";
    public const string Coverage = "/couverture/";
    public const string CoverageCsv = "/donnees/couverture.csv";
    public const string NextStopsCsv = "/donnees/bus-ensuite.csv";

    /// <summary>Every past visit and what followed it within the radius in the next three months.</summary>
    public const string FollowUpCsv = "/donnees/suivi-des-passages.csv";
    public const string PlacesCsv = "/donnees/lieux-de-mediation-numerique.csv";
    public const string PlacesGeoJson = "/donnees/lieux.geojson";
    public const string MapData = "/donnees/carte.json";
    public const string AgendaCalendar = "/donnees/agenda.ics";
    public const string VisitsFeed = "/donnees/passages-du-bus.atom";

    /// <summary>Every address the build published, with what finds a fallback should one disappear (see AddressManifest).</summary>
    public const string AddressManifest = "/adresses.json";

    /// <summary>The commune search index, in pieces fetched by the script as needed.</summary>
    public const string SearchIndex = "/donnees/recherche/";

    /// <summary>The « autour de moi » index: squares of 1° around the visitor.</summary>
    public const string NearbyIndex = "/donnees/autour/";

    public static string Department(Department department) => $"/departements/{department.Slug}/";

    /// <summary>A department's coverage: « /couverture/37-indre-et-loire/ » by rank, « …/par-distance/ », « …/par-habitants/ ».</summary>
    public static string CoverageDepartment(Department department, Pages.CoverageSort sort = Pages.CoverageSort.Rank) =>
        $"/couverture/{department.Slug}/" + sort switch
        {
            Pages.CoverageSort.Distance => "par-distance/",
            Pages.CoverageSort.Population => "par-habitants/",
            _ => "",
        };

    /// <summary>The table of a department's coverage page, in CSV.</summary>
    public static string CoverageDepartmentCsv(Department department) => $"/donnees/couverture/{department.Slug}.csv";

    public static string Commune(Commune commune) => $"/communes/{commune.Slug}/";

    /// <summary>A department's printable agenda, month by month.</summary>
    public static string DepartmentAgenda(Department department) => $"/agenda/{department.Slug}/";

    /// <summary>« /agenda/2026-12/ »: a whole month of the site, to print.</summary>
    public static string MonthAgenda(DateOnly firstDay) => $"/agenda/{firstDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}/";

    public static string Place(Place place) => $"/lieux/{place.Slug}/";

    public static string Workshop(Workshop workshop) => $"/ateliers/{workshop.Slug}/";

    public static string Tour(Tour tour) => $"/bus/{tour.Slug}/";

    public static string Visit(Visit visit) => $"/bus/{visit.Tour.Slug}/{visit.Slug}/";

    public static string Page(InputPage page) => $"/{page.Slug}/";

    /// <summary>
    /// A visit page's short address, « /v/k3m9x2q/ », printed on posters (it fits on one line and is
    /// easy to type); a small page there sends on to the visit page.
    /// </summary>
    public static string ShortVisit(Visit visit) => $"/v/{ShortCode.Of(Visit(visit))}/";

    /// <summary>The A4 poster announcing a bus visit, for the town-hall door.</summary>
    public static string VisitPoster(Visit visit) => Visit(visit) + "affiche/";

    /// <summary>The A4 sheet handed out at the end of a visit: where to go next.</summary>
    public static string VisitSheet(Visit visit) => Visit(visit) + "suite/";

    /// <summary>The A4 poster of a commune's upcoming visits and nearby workshops.</summary>
    public static string CommunePoster(Commune commune) => Commune(commune) + "affiche/";

    /// <summary>The PDF of a printable page: « /bus/t/v/affiche/ » → « /bus/t/v/affiche.pdf ».</summary>
    public static string Pdf(string printableRoute) => printableRoute.TrimEnd('/') + ".pdf";

    public static string VisitCalendar(Visit visit) => Visit(visit) + "agenda.ics";

    public static string WorkshopCalendar(Workshop workshop) => Workshop(workshop) + "agenda.ics";

    public static string CommuneCalendar(Commune commune) => $"/donnees/communes/{commune.Slug}.ics";

    public static string TourCalendar(Tour tour) => $"/donnees/bus/{tour.Slug}.ics";

    public static string Asset(string fileName) => $"/assets/{fileName}";

    /// <summary>
    /// <paramref name="to"/> written from the page at <paramref name="from"/>: « /v/k3m9x2q/ » to « /bus/t/v/ » is
    /// « ../../bus/t/v/ ». A redirect's refresh uses it, so that it works under any base path and in the preview.
    /// </summary>
    public static string Relative(string from, string to)
    {
        var up = from.Count(c => c == '/') - 1;
        var relative = string.Concat(Enumerable.Repeat("../", up)) + to.TrimStart('/');
        return relative.Length == 0 ? "./" : relative;
    }

    /// <summary>The file a route is written to: « /lieux/x/ » → « lieux/x/index.html ».</summary>
    public static string OutputPath(string route) =>
        route.EndsWith('/') ? route.TrimStart('/') + "index.html" : route.TrimStart('/');
}
