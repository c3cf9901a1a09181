using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Relais.Model.French;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The sample site's pages against its content files: one page per thing, and what the key pages say.</summary>
public sealed class SamplePagesTests(SampleSiteFixture sample)
{
    private SampleContent Content => sample.Content;

    [Fact]
    public void Every_content_file_and_commune_has_its_page_and_there_are_no_others()
    {
        // Given the sample built for 2026-11-24
        sample.AssertBuilt();
        var pages = Sample.HtmlPages(sample.Output);
        var files = Sample.Files(sample.Output).ToHashSet(StringComparer.Ordinal);

        // Then: one page per commune of communes.csv, named by its code
        var communePages = pages.Where(p => Regex.IsMatch(p, "^communes/[^/]+/index\\.html$")).ToList();
        Assert.Equal(Content.Communes.Count, communePages.Count);
        foreach (var commune in Content.Communes)
            Assert.Single(communePages, p => Regex.IsMatch(p, $"^communes/[a-z0-9-]+-{commune.Code}/index\\.html$"));

        // one per place file, per workshop file, per tour file, per stop and per input page
        AssertOnePagePer(pages, "lieux", Content.Places.Select(p => p.Slug));
        AssertOnePagePer(pages, "ateliers", Content.Workshops.Select(w => w.Slug));
        foreach (var tour in Content.Tours)
        {
            Assert.Contains($"bus/{tour}/index.html", files);
            var stopPages = pages.Where(p => Regex.IsMatch(p, $"^bus/{tour}/[^/]+/index\\.html$")).ToList();
            var stops = Content.OneOffStops.Where(s => s.Tour == tour).ToList();
            var recurring = Content.RecurringPages.Where(r => r.Tour == tour).ToList();
            Assert.Equal(stops.Count + recurring.Count, stopPages.Count);
            foreach (var stop in stops)
                Assert.Single(stopPages, p => p.StartsWith($"bus/{tour}/{stop.Date:yyyy-MM-dd}-", StringComparison.Ordinal));
            foreach (var (_, commune) in recurring)
                Assert.Contains($"{Content.RecurringFolder(tour, commune)}/index.html", stopPages);
        }
        foreach (var page in Content.InputPages) Assert.Contains($"{page}/index.html", files);

        // plus home, agenda, 404, sitemap and robots
        foreach (var file in new[] { "index.html", "agenda/index.html", "404.html", "sitemap.xml", "robots.txt" }) Assert.Contains(file, files);

        // and nothing else but the index pages (departments: their list and one per department; places,
        // workshops, buses), the data page, and the printable pages (posters and sheets, tested apart)
        var departments = Content.Communes.Select(c => c.Department).Distinct().Count();
        var expected = Content.Communes.Count + Content.Places.Count + Content.Workshops.Count + Content.Tours.Count + Content.StopPageCount
            + Content.InputPages.Count + 3 /* home, agenda, 404 */ + 1 + departments + 3 /* lieux, ateliers and bus indexes */ + 3 /* donnees, carte, couverture */ + 3 * departments /* coverage per department, in three orders */
            + departments /* agenda per department */ + ComingMonths().Count /* agenda per month */;
        Assert.Equal(expected, pages.Count(p => !Regex.IsMatch(p, "/(affiche|suite)/index\\.html$")));
        // and, among the pages that send on, one short address per stop page, printed on its poster
        Assert.Equal(Content.StopPageCount, Sample.RedirectPages(sample.Output).Count(p => Regex.IsMatch(p, "^v/[0-9a-z]{7}/index\\.html$")));
        Assert.Equal(departments, pages.Count(p => Regex.IsMatch(p, "^departements/[^/]+/index\\.html$")));
    }

    [Fact]
    public void The_build_reports_the_same_counts_as_the_content()
    {
        sample.AssertBuilt();

        Assert.Contains(Count(Content.Communes.Count, "commune", "communes"), sample.Stdout);
        Assert.Contains(Count(Content.Places.Count, "lieu", "lieux"), sample.Stdout);
        Assert.Contains(Count(Content.Workshops.Count, "atelier", "ateliers"), sample.Stdout);
        Assert.Contains(Count(Content.Tours.Count, "tournée", "tournées"), sample.Stdout);
        Assert.Contains(Count(Content.StopPageCount, "passage du bus", "passages du bus"), sample.Stdout);
        Assert.Contains(Count(Content.InputPages.Count, "page rédigée", "pages rédigées"), sample.Stdout);
    }

    [Fact]
    public void A_commune_without_a_place_of_its_own_names_the_nearest_place_at_the_hand_computed_distance()
    {
        // Given the communes where no place of content/lieux is
        sample.AssertBuilt();
        var withoutPlace = Content.Communes.Where(c => Content.Places.All(p => p.Commune != c.Code)).ToList();
        Assert.NotEmpty(withoutPlace);
        // including some with no workshop either: no offer of their own at all
        Assert.Contains(withoutPlace, c => Content.Workshops.All(w => w.Commune != c.Code));

        foreach (var commune in withoutPlace)
        {
            // When its page is read
            var page = OutputAssert.Html(sample.Output, CommunePage(commune.Code));
            var summary = page.QuerySelector("main section.summary")!;
            var line = summary.QuerySelectorAll("li").SingleOrDefault(li => li.Text().Contains("l'aide la plus proche est", StringComparison.Ordinal));
            Assert.True(line is not null, $"{commune.Name}: no « l'aide la plus proche » line in « {summary.Text()} »");

            // Then it names the nearest place, at the great-circle distance from the commune's centre, rounded to the km
            var distances = Content.Places
                .Select(p => (Place: p, Km: Haversine.Km((commune.Latitude, commune.Longitude), Content.Location(p))))
                .OrderBy(x => x.Km)
                .ToList();
            var nearest = distances[0];
            var named = Slug(line.QuerySelector("a")!.GetAttribute("href")!, "/lieux/");
            var namedKm = distances.Single(d => d.Place.Slug == named).Km;
            Assert.True(namedKm - nearest.Km < 1e-9, $"{commune.Name}: names {named} at {namedKm:0.000} km, but {nearest.Place.Slug} is at {nearest.Km:0.000} km");
            Assert.Contains($"Pas de lieu d'aide {Fr.At(commune.Name)}", line.Text());
            Assert.Contains($"l'aide la plus proche est {Haversine.AsPageSays(nearest.Km)}", line.Text());
        }
    }

    [Fact]
    public void A_past_stop_leads_with_the_next_steps_and_lists_the_nearest_places()
    {
        // Given the stops before 2026-11-24 that took place
        sample.AssertBuilt();
        var past = Content.OneOffStops.Where(s => s.Date < Sample.Today && s.Status != "annule").ToList();
        Assert.NotEmpty(past);

        foreach (var stop in past)
        {
            var page = OutputAssert.Html(sample.Output, StopPage(stop));
            var main = page.QuerySelector("main")!;

            // Then the first heading under the title is « Après le bus »
            Assert.Equal("Après le bus : vos prochaines étapes", main.QuerySelector("h2")!.Text());
            Assert.DoesNotContain("S'inscrire", main.Text());
            // which says when the bus comes back to the commune, if it does
            var next = Content.Stops.Where(s => s.Commune == stop.Commune && s.Date > stop.Date && s.Date >= Sample.Today && s.Status != "annule").MinBy(s => s.Date);
            var steps = main.QuerySelector("section.next-steps")!.Text();
            if (next is null) Assert.Contains("ne revient pas avant plusieurs mois", steps);
            else Assert.Contains($"revient à {Content.Communes.Single(c => c.Code == next.Commune).Name} le {FrenchText.LongDate(next.Date)}", steps.Replace("\u00a0", " "));

            // and it lists places nearest first, the first being the nearest of all, at the right distances
            var cards = main.QuerySelectorAll("section.next-steps article.place-card").ToList();
            Assert.NotEmpty(cards);
            var from = Content.Location(stop);
            var listed = cards.Select(c => (Slug: Slug(c.QuerySelector("a")!.GetAttribute("href")!, "/lieux/"), Text: c.QuerySelector(".distance")!.Text())).ToList();
            var km = listed.Select(l => Haversine.Km(from, Content.Location(Content.Places.Single(p => p.Slug == l.Slug)))).ToList();
            var nearest = Content.Places.Min(p => Haversine.Km(from, Content.Location(p)));
            Assert.True(km[0] - nearest < 1e-9, $"{StopPage(stop)}: the first place is at {km[0]:0.000} km, the nearest at {nearest:0.000} km");
            for (var i = 0; i < listed.Count; i++)
            {
                Assert.Equal(Haversine.AsPageSays(km[i]), listed[i].Text);
                if (i > 0) Assert.True(km[i] >= km[i - 1], $"{StopPage(stop)}: places not nearest first");
            }
        }
    }

    [Fact]
    public void A_cancelled_stop_says_so_with_its_reason_and_offers_no_registration()
    {
        sample.AssertBuilt();
        var cancelled = Content.OneOffStops.Where(s => s.Status == "annule").ToList();
        Assert.NotEmpty(cancelled);

        foreach (var stop in cancelled)
        {
            var main = OutputAssert.Html(sample.Output, StopPage(stop)).QuerySelector("main")!;
            var status = main.QuerySelector(".status")!.Text();
            Assert.Equal($"Ce passage est annulé : {stop.Reason}.", status);
            Assert.DoesNotContain("S'inscrire", main.Text());
            Assert.DoesNotContain("Pour vous inscrire", main.Text());
        }
    }

    [Fact]
    public void An_upcoming_stop_shows_its_sessions_place_registration_and_deadline()
    {
        sample.AssertBuilt();
        var upcoming = Content.OneOffStops.Where(s => s.Date >= Sample.Today && s.Status != "annule" && s.Format == "atelier").ToList();
        Assert.NotEmpty(upcoming);

        foreach (var stop in upcoming)
        {
            var main = OutputAssert.Html(sample.Output, StopPage(stop)).QuerySelector("main")!;
            var text = main.Text();
            var commune = Content.Commune(stop.Commune);

            Assert.Contains($"Quand : {LongDate(stop.Date)}, {string.Join(" et ", stop.Sessions.Select(FrenchRange))}", text);
            Assert.Contains($"Où : {stop.Spot}, {commune.Name}.", text);
            Assert.Contains(main.QuerySelectorAll("h3"), h => h.Text() == "S'inscrire");
            var registration = main.QuerySelector(".registration")!.Text();
            Assert.StartsWith($"Pour vous inscrire : {stop.RegisterWith}", registration);
            if (stop.RegisterPhone is { } phone) Assert.Contains($"au {phone}", registration);
            if (stop.Deadline is { } deadline) Assert.Contains($"avant le {LongDate(deadline)}.", registration);
            Assert.Null(main.QuerySelector("#apres-le-bus"));
        }
    }

    [Fact]
    public void An_upcoming_stop_with_its_own_sessions_shows_them_instead_of_the_default_ones()
    {
        sample.AssertBuilt();
        var own = Content.OneOffStops.Where(s => s.Date >= Sample.Today && s.Sessions.Count == 1 && s.Format == "atelier").ToList();
        Assert.NotEmpty(own); // the sample has an afternoon-only stop

        foreach (var stop in own)
        {
            var text = OutputAssert.Html(sample.Output, StopPage(stop)).QuerySelector("main")!.Text();
            Assert.Contains($"{LongDate(stop.Date)}, {FrenchRange(stop.Sessions[0])} (1 atelier", text);
        }
    }

    /// <summary>The months with a stop or a workshop session from the build's day on, with their dates.</summary>
    private Dictionary<string, List<DateOnly>> ComingMonths() =>
        Content.Stops.SelectMany(s => s.Sessions.Select(_ => s.Date))
            .Concat(Content.Workshops.SelectMany(w => w.Sessions!.Select(x => x.Date)))
            .Where(d => d >= Sample.Today)
            .GroupBy(d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.ToList());

    [Fact]
    public void Each_coming_month_has_a_printable_agenda_with_every_visit_and_session_of_the_month()
    {
        sample.AssertBuilt();
        var months = ComingMonths();
        Assert.True(months.Count > 1, "the sample should span several months");
        var linked = OutputAssert.Html(sample.Output, "agenda/index.html").QuerySelectorAll("#par-mois ~ ul a, section[aria-labelledby=par-mois] a")
            .Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var (month, dates) in months)
        {
            var page = OutputAssert.Html(sample.Output, $"agenda/{month}/index.html");
            // one row per visit (its sessions on one line) or workshop session of the month, on its day
            var rows = page.QuerySelectorAll("table.agenda-table tbody tr").Select(r => r.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
            var expected = Content.Stops.Where(s => s.Date >= Sample.Today && s.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == month).Select(s => s.Date)
                .Concat(Content.Workshops.SelectMany(w => w.Sessions!.Select(x => x.Date)).Where(d => d >= Sample.Today && d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == month))
                .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, rows.Order(StringComparer.Ordinal).ToList());
            Assert.Contains($"/agenda/{month}/", linked);
        }
    }

    private void AssertOnePagePer(IReadOnlyList<string> pages, string folder, IEnumerable<string> slugs)
    {
        var expected = slugs.Select(s => $"{folder}/{s}/index.html").ToList();
        Assert.All(expected, e => Assert.Contains(e, pages));
        Assert.Equal(expected.Count, pages.Count(p => Regex.IsMatch(p, $"^{folder}/[^/]+/index\\.html$")));
    }

    private string CommunePage(string code) =>
        Sample.HtmlPages(sample.Output).Single(p => Regex.IsMatch(p, $"^communes/[a-z0-9-]+-{code}/index\\.html$"));

    private string StopPage(StopEntry stop) =>
        Sample.HtmlPages(sample.Output).Single(p => Regex.IsMatch(p, $"^bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-[^/]+/index\\.html$"));

    private static string Slug(string href, string prefix)
    {
        Assert.StartsWith(prefix, href);
        return href[prefix.Length..].TrimEnd('/');
    }

    private static string Count(int n, string one, string many) => $"{n} {(n > 1 ? many : one)}";

    private static string LongDate(DateOnly date) => FrenchText.LongDate(date);

    private static string FrenchRange(string range) => FrenchText.Range(range);
}
