using System.Globalization;
using AngleSharp.Dom;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The sample's permanence bus (recurring, two communes a day), as a town hall and a family read it:
/// one page per commune with its next dates, a poster with those dates, no seats or deadlines.
/// </summary>
public sealed class SampleRecurringStopTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private SampleContent Content => sample.Content;

    /// <summary>The coming dates of a recurring page, from the content file's rules.</summary>
    private List<StopEntry> Coming(string tour, string commune) =>
        Content.Stops.Where(s => s.Recurring && s.Tour == tour && s.Commune == commune && s.Date >= Sample.Today && s.Status != "annule").OrderBy(s => s.Date).ToList();

    /// <summary>« 26 novembre, 10 et 24 décembre, 7 et 21 janvier 2027 »: days grouped by month, the year when it changes.</summary>
    private static string DatesInWords(IEnumerable<DateOnly> dates)
    {
        var months = dates.GroupBy(d => (d.Year, d.Month)).ToList();
        return string.Join(", ", months.Select((m, i) =>
        {
            var days = m.Select(d => d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture)).ToList();
            var list = days.Count == 1 ? days[0] : string.Join(", ", days[..^1]) + " et " + days[^1];
            var year = (i == 0 ? m.Key.Year != Sample.Today.Year : months[i - 1].Key.Year != m.Key.Year) ? $" {m.Key.Year}" : "";
            return $"{list} {new DateOnly(m.Key.Year, m.Key.Month, 1).ToString("MMMM", French)}{year}";
        }));
    }

    [Fact]
    public void A_recurring_permanence_has_one_page_per_commune_listing_its_next_dates_without_seats_or_deadline()
    {
        sample.AssertBuilt();
        Assert.NotEmpty(Content.RecurringPages);
        foreach (var (tour, commune) in Content.RecurringPages)
        {
            var path = Content.RecurringFolder(tour, commune) + "/index.html";
            var main = OutputAssert.Html(sample.Output, path).QuerySelector("main")!;
            var text = main.Text().Replace('\u00a0', ' ');
            var coming = Coming(tour, commune);
            var first = coming[0];

            // The title names the bus and the commune; the lead says the next date, its hours and how to come
            Assert.Equal($"{Content.Tour(tour).Name} à {Content.Commune(commune).Name}", main.QuerySelector("h1")!.Text());
            var lead = main.QuerySelector("p.lead")!.Text().Replace('\u00a0', ' ');
            var how = first.Reception == "sans_rendez_vous" ? "sans rendez-vous" : $"sur rendez-vous au {Content.Tour(tour).Phone}";
            Assert.Equal($"Prochain passage : {FrenchText.LongDate(first.Date)}, {FrenchText.Ranges(first.Sessions)}, {how}.", lead);
            // and « Quand » the rule
            Assert.Contains($"Quand : le {first.Date.ToString("dddd", French)}, tous les 15 jours, {FrenchText.Ranges(first.Sessions)}", text);

            // the next eight dates, grouped by month
            Assert.Contains($"Prochaines dates : {DatesInWords(coming.Take(8).Select(s => s.Date))}", text);

            // individual help said plainly, and nothing of a workshop
            Assert.Contains("vous êtes reçu seul, vos démarches restent confidentielles", text);
            Assert.DoesNotContain("place", main.QuerySelector("#le-passage")!.ParentElement!.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain("S'inscrire", text);
            Assert.DoesNotContain("avant le", text);
            Assert.DoesNotContain("inscrits", text);
            Assert.Contains(first.Reception == "sans_rendez_vous" ? "Sans rendez-vous" : "Sur rendez-vous", text);
        }
    }

    [Fact]
    public void A_recurring_permanence_poster_lists_the_next_dates_for_the_town_hall_door()
    {
        sample.AssertBuilt();
        foreach (var (tour, commune) in Content.RecurringPages)
        {
            var path = Content.RecurringFolder(tour, commune) + "/affiche/index.html";
            var poster = OutputAssert.Html(sample.Output, path).QuerySelector("main article.poster")!;
            var coming = Coming(tour, commune);
            string Part(string selector) => poster.QuerySelector(selector)?.Text().Replace('\u00a0', ' ') ?? $"(no {selector})";

            Assert.Equal($"Le {coming[0].Date.ToString("dddd", French)}, tous les 15 jours", Part(".poster-date"));
            Assert.Equal(FrenchText.Ranges(coming[0].Sessions), Part(".poster-times"));
            Assert.Equal($"Prochaines dates : {DatesInWords(coming.Take(6).Select(s => s.Date))}{(coming.Count > 6 ? "…" : "")}", Part(".poster-dates"));
            var what = Part(".poster-what");
            Assert.Contains("Vous êtes reçu seul, vos démarches restent confidentielles.", what);
            Assert.DoesNotContain("place", what, StringComparison.Ordinal);
            Assert.DoesNotContain("Ordinateurs fournis", what);
            var register = Part(".poster-register");
            Assert.DoesNotContain("avant le", register);
            if (coming[0].Reception == "sans_rendez_vous") Assert.Contains("Sans rendez-vous", register);
            else Assert.Equal(FrenchText.PhoneDigits(Content.Tour(tour).Phone!), FrenchText.PhoneDigits(Part(".poster-phone")));
        }
    }

    [Fact]
    public void A_commune_page_shows_a_recurring_stop_once_with_its_rule()
    {
        sample.AssertBuilt();
        foreach (var (tour, commune) in Content.RecurringPages)
        {
            var page = Sample.HtmlPages(sample.Output).Single(p => p.StartsWith("communes/", StringComparison.Ordinal) && p.EndsWith($"-{commune}/index.html", StringComparison.Ordinal));
            var cards = OutputAssert.Html(sample.Output, page).QuerySelectorAll("article.visit-card")
                .Where(c => c.QuerySelector("a")!.GetAttribute("href") == $"/{Content.RecurringFolder(tour, commune)}/").ToList();
            var card = Assert.Single(cards);
            Assert.Contains(FrenchText.CapitalizedLongDate(Coming(tour, commune)[0].Date), card.Text());
            Assert.Contains("Puis le jeudi, tous les 15 jours", card.Text());
            Assert.Contains("dans votre commune", card.Text());
        }
    }
}
