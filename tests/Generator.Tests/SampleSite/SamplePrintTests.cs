using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// What communes print, against the content files: a poster for every upcoming stop that takes
/// place, with its facts; an after-the-bus sheet for every stop that takes place; a poster for
/// the communes with something near them. QR codes are decoded for real.
/// </summary>
public sealed partial class SamplePrintTests(SampleSiteFixture sample)
{
    [GeneratedRegex(@"(?<![\d+])(?:\+33 ?|0)[1-9](?:[ .]?\d{2}){4}(?!\d)")]
    private static partial Regex FrenchPhone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex EmailAddress();

    private SampleContent Content => sample.Content;

    /// <summary>A page of its own is written there, not one that sends on.</summary>
    private bool IsPage(string path) => File.Exists(Path.Combine(sample.Output, path)) && OutputAssert.RedirectTarget(sample.Output, path) is null;

    /// <summary>The proximity radius of statiq.json, read here from the file.</summary>
    private static double RadiusKm { get; } = ReadRadius();

    [Fact]
    public void Every_upcoming_stop_that_takes_place_has_a_poster_and_no_other_stop_has_one()
    {
        // Given the sample built for 2026-11-24, with past and cancelled stops
        sample.AssertBuilt();
        Assert.Contains(Content.Stops, s => s.Status == "annule" && s.Date >= Sample.Today);
        Assert.Contains(Content.Stops, s => s.Date < Sample.Today);

        foreach (var stop in Content.OneOffStops)
        {
            // Then a stop has a poster exactly when it is to come and not cancelled, and its page links to it when it has one
            var expected = stop.Date >= Sample.Today && stop.Status != "annule";
            var folder = StopFolder(stop);
            Assert.True(expected == IsPage($"{folder}/affiche/index.html"),
                $"{folder}: poster {(expected ? "missing" : "written though the stop is past or cancelled")}");
            // (the address of a poster no longer printed sends on to the stop's page)
            if (!expected) Assert.Equal($"/{folder}/", OutputAssert.RedirectTarget(sample.Output, $"{folder}/affiche/index.html"));
            var links = OutputAssert.Html(sample.Output, folder + "/index.html").QuerySelectorAll($"main a[href=\"/{folder}/affiche/\"]");
            Assert.True(expected == (links.Length == 1), $"{folder}: {links.Length} links to its poster");
        }
        var posters = Sample.HtmlPages(sample.Output).Count(p => Regex.IsMatch(p, "^bus/[^/]+/[^/]+/affiche/index\\.html$"));
        // one per one-off stop to come, one per commune of a recurring stop with dates to come
        Assert.Equal(Content.OneOffStops.Count(s => s.Date >= Sample.Today && s.Status != "annule")
            + Content.RecurringPages.Count(r => Content.Stops.Any(s => s.Recurring && (s.Tour, s.Commune) == r && s.Date >= Sample.Today)), posters);
    }

    [Fact]
    public void A_visit_poster_gives_the_facts_of_its_stop_as_the_content_file_says_them()
    {
        sample.AssertBuilt();
        var upcoming = Content.OneOffStops.Where(s => s.Date >= Sample.Today && s.Status != "annule" && s.Format == "atelier").ToList();
        Assert.NotEmpty(upcoming);

        foreach (var stop in upcoming)
        {
            var path = StopFolder(stop) + "/affiche/index.html";
            var poster = OutputAssert.Html(sample.Output, path).QuerySelector("main article.poster");
            Assert.True(poster is not null, $"{path}: no poster article");
            var tour = Content.Tour(stop.Tour);
            var commune = Content.Commune(stop.Commune);
            string Part(string selector) => poster.QuerySelector(selector)?.Text() ?? $"(no {selector})";

            // The date in words and large, the sessions, the place
            Assert.Equal(FrenchText.CapitalizedLongDate(stop.Date), Part(".poster-date"));
            Assert.Equal(stop.Date.ToString("yyyy-MM-dd"), poster.QuerySelector(".poster-date time")?.GetAttribute("datetime"));
            Assert.Equal(FrenchText.Ranges(stop.Sessions), Part(".poster-times"));
            Assert.Equal(stop.Spot, Part(".poster-spot"));
            Assert.Equal($"vient à {commune.Name}", Part(".poster-where"));
            Assert.Equal(tour.Name, Part(".poster-kicker"));

            // who it is for and what is learned
            var what = Part(".poster-what");
            if (stop.Theme is { } theme) Assert.Contains(theme, what);
            Assert.Contains(tour.Publics.Contains("Seniors") ? "plus de 60 ans" : "Pour toutes et tous", what);
            Assert.Contains($"{stop.Sessions.Count} {(stop.Sessions.Count > 1 ? "ateliers" : "atelier")} de {tour.Seats} places", what);

            // how to register: with whom, the phone in large type, the deadline
            var register = Part(".poster-register");
            Assert.Contains(stop.RegisterWith!, register);
            Assert.Equal(FrenchText.PhoneDigits(stop.RegisterPhone!), FrenchText.PhoneDigits(Part(".poster-phone")));
            // (the year is the visit's, printed above: the deadline fits on one line at 28 pt)
            if (stop.Deadline is { } deadline) Assert.Contains($"avant le {Regex.Replace(FrenchText.LongDate(deadline), " \\d{4}$", "")}", register);

            // « Gratuit » exactly when the tour is free, the operator and every funder
            Assert.Equal(tour.Fees.Contains("Gratuit"), poster.QuerySelector(".poster-free")?.Text() == "Gratuit");
            var footer = Part(".poster-footer");
            Assert.Contains($"Organisé par {tour.Operator}", footer);
            Assert.All(tour.Funders, funder => Assert.Contains(funder, footer));
            Assert.Equal(tour.Funders.Count > 0, footer.Contains("Avec le soutien de", StringComparison.Ordinal));

            // and a QR code that leads to the stop's page, whose short address is written out and leads there too
            var pageUrl = new Uri(Content.BaseUrl, StopFolder(stop) + "/");
            Assert.Equal(pageUrl.AbsoluteUri, QrDecoder.FromSvg(poster.QuerySelector(".poster-qr svg")!));
            var shortAddress = Regex.Match(Part(".poster-url"), $"^{Regex.Escape(pageUrl.Host)}(/v/[0-9a-z]{{7}}/)$");
            Assert.True(shortAddress.Success, $"printed address « {Part(".poster-url")} »");
            var redirect = OutputAssert.Html(sample.Output, Sample.FileOf(shortAddress.Groups[1].Value));
            Assert.NotNull(redirect.QuerySelector($"a[href=\"/{StopFolder(stop)}/\"]"));
            Assert.True(File.Exists(Path.Combine(sample.Output, StopFolder(stop), "index.html")));
        }
    }

    [Fact]
    public void Every_stop_that_takes_place_has_an_after_the_bus_sheet_and_a_cancelled_one_has_none()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.Stops)
        {
            var expected = stop.Status != "annule";
            var folder = StopFolder(stop);
            Assert.True(expected == IsPage($"{folder}/suite/index.html"), $"{folder}: sheet {(expected ? "missing" : "written for a cancelled stop")}");
            if (!expected) Assert.Equal($"/{folder}/", OutputAssert.RedirectTarget(sample.Output, $"{folder}/suite/index.html"));
        }
    }

    [Fact]
    public void A_sheet_lists_three_to_five_nearest_places_and_workshops_with_phone_and_distance()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.OneOffStops.Where(s => s.Status != "annule"))
        {
            var path = StopFolder(stop) + "/suite/index.html";
            var sheet = OutputAssert.Html(sample.Output, path).QuerySelector("main article.next-steps-sheet")!;
            var items = Items(sheet);
            var from = Content.Location(stop);

            // Then three to five items, each with its phone and its distance from the stop
            Assert.InRange(items.Count, 3, 5);
            foreach (var item in items)
            {
                var (phone, location) = item.Place is { } place ? (place.Phone, Content.Location(place)) : (item.Workshop!.RegisterPhone, Content.Location(item.Workshop));
                Assert.True(phone is not null, $"{path}: the content gives no phone for « {item.Name} »: pick a sample entry with one");
                Assert.Equal(FrenchText.PhoneDigits(phone), FrenchText.PhoneDigits(item.Element.QuerySelector(".sheet-phone")?.Text() ?? ""));
                Assert.Contains($"({FrenchText.Km(Haversine.Km(from, location))})", item.Element.Text());
            }

            // places first, nearest first, the first being the nearest place of all
            var places = items.TakeWhile(i => i.Place is not null).ToList();
            Assert.NotEmpty(places);
            Assert.All(items.Skip(places.Count), i => Assert.NotNull(i.Workshop));
            var km = places.Select(p => Haversine.Km(from, Content.Location(p.Place!))).ToList();
            Assert.True(km[0] - Content.Places.Min(p => Haversine.Km(from, Content.Location(p))) < 1e-9, $"{path}: the first place is not the nearest");
            for (var i = 1; i < km.Count; i++) Assert.True(km[i] >= km[i - 1], $"{path}: places not nearest first");
            // a listed workshop still has a session on or after the stop's day
            Assert.All(items.Where(i => i.Workshop is not null), i =>
                Assert.Contains(i.Workshop!.Sessions!, s => s.Date >= stop.Date && s.Date >= Sample.Today));
        }
    }

    [Fact]
    public void A_sheet_map_numbers_the_listed_places_and_its_legend_says_the_same_in_words()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.OneOffStops.Where(s => s.Status != "annule"))
        {
            var path = StopFolder(stop) + "/suite/index.html";
            var sheet = OutputAssert.Html(sample.Output, path).QuerySelector("main article.next-steps-sheet")!;
            var places = Items(sheet).Where(i => i.Place is not null).Select(i => i.Place!).ToList();
            var map = sheet.QuerySelector("figure.sheet-map svg");
            Assert.True(map is not null, $"{path}: no map");

            // An image with a name, described by its legend
            Assert.Equal("img", map.GetAttribute("role"));
            var title = map.QuerySelector("title");
            Assert.True(title is not null && title.Text().Length > 0 && map.GetAttribute("aria-labelledby") == title.Id, $"{path}: the map has no title it is labelled by");
            var legend = sheet.QuerySelector($"#{map.GetAttribute("aria-describedby")}");
            Assert.True(legend is not null, $"{path}: the map's aria-describedby leads nowhere");

            // Then one line per listed place, in the list's order, with its distance; one numbered marker each
            var lines = legend.QuerySelectorAll("li").Select(li => li.Text()).ToList();
            Assert.Equal(places.Count, lines.Count);
            for (var i = 0; i < places.Count; i++)
            {
                var km = Haversine.Km(Content.Location(stop), Content.Location(places[i]));
                Assert.StartsWith($"{i + 1}. {places[i].Name} ({Content.Commune(places[i].Commune).Name}), {FrenchText.Km(km)} ", lines[i]);
            }
            var numbers = map.QuerySelectorAll("text").Select(t => t.Text()).Where(t => Regex.IsMatch(t, "^\\d+$")).ToList();
            Assert.Equal(Enumerable.Range(1, places.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
            // and rings at 5, 10 and 15 km
            Assert.Equal(new[] { "5 km", "10 km", "15 km" }, map.QuerySelectorAll("text").Select(t => t.Text()).Where(t => t.EndsWith(" km", StringComparison.Ordinal)).ToList());
        }
    }

    [Fact]
    public void A_sheet_holds_no_personal_data_only_the_public_phones_of_what_it_lists()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.OneOffStops.Where(s => s.Status != "annule"))
        {
            var path = StopFolder(stop) + "/suite/index.html";
            var page = OutputAssert.Html(sample.Output, path);
            var sheet = page.QuerySelector("main article.next-steps-sheet")!;
            var text = sheet.Text();

            // No e-mail address, no mailto or tel link, nothing from elsewhere
            Assert.DoesNotMatch(EmailAddress(), text);
            Assert.Empty(page.QuerySelectorAll("a[href^=\"mailto:\"]"));
            Assert.All(sheet.QuerySelectorAll("[href], [src]"), e => Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src")!));

            // and every phone number on it is the public phone of a place or workshop it lists
            var allowed = Items(sheet).Select(i => FrenchText.PhoneDigits(i.Place?.Phone ?? i.Workshop!.RegisterPhone!)).ToHashSet();
            var phones = FrenchPhone().Matches(text).Select(m => FrenchText.PhoneDigits(m.Value)).ToList();
            Assert.NotEmpty(phones);
            Assert.All(phones, p => Assert.Contains(p, allowed));
        }
    }

    [Fact]
    public void A_sheet_QR_code_leads_to_the_commune_page()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.OneOffStops.Where(s => s.Status != "annule"))
        {
            var sheet = OutputAssert.Html(sample.Output, StopFolder(stop) + "/suite/index.html").QuerySelector("main article.next-steps-sheet")!;
            var communePage = CommuneFolder(stop.Commune);
            var url = new Uri(Content.BaseUrl, communePage + "/");

            Assert.Equal(url.AbsoluteUri, QrDecoder.FromSvg(sheet.QuerySelector(".poster-qr svg")!));
            Assert.Equal(url.Host + url.AbsolutePath, sheet.QuerySelector(".poster-url")!.Text());
        }
    }

    [Fact]
    public void A_commune_has_a_poster_exactly_when_a_visit_is_coming_or_a_workshop_is_near()
    {
        // Given the proximity radius of statiq.json, and the stops and workshops of the content
        sample.AssertBuilt();
        var withPoster = new List<string>();
        foreach (var commune in Content.Communes)
        {
            var center = (commune.Latitude, commune.Longitude);
            var visitComing = Content.Stops.Any(s => s.Date >= Sample.Today && s.Status != "annule"
                && (s.Commune == commune.Code || Haversine.Km(center, Content.Location(s)) <= RadiusKm));
            var workshopNear = Content.Workshops.Any(w => w.Sessions!.Any(s => s.Date >= Sample.Today) && Haversine.Km(center, Content.Location(w)) <= RadiusKm);
            var expected = visitComing || workshopNear;
            var folder = CommuneFolder(commune.Code);

            // Then it has a poster when either is true, and its page links to the poster when there is one
            Assert.True(expected == IsPage($"{folder}/affiche/index.html"),
                $"{commune.Name}: {(expected ? "no poster though something is near" : "a poster though no visit is coming and no workshop is within " + RadiusKm + " km")}");
            if (!expected) Assert.Equal($"/{folder}/", OutputAssert.RedirectTarget(sample.Output, $"{folder}/affiche/index.html"));
            var links = OutputAssert.Html(sample.Output, folder + "/index.html").QuerySelectorAll($"main a[href=\"/{folder}/affiche/\"]");
            Assert.Equal(expected ? 1 : 0, links.Length);
            if (expected) withPoster.Add(commune.Code);
        }
        // The sample has communes of both kinds
        Assert.NotEmpty(withPoster);
        Assert.True(withPoster.Count < Content.Communes.Count, "every commune has a poster: the test cannot tell the rule from « always »");
    }

    [Fact]
    public void A_commune_poster_lists_coming_visits_by_date_and_nearby_workshops_and_leads_to_the_commune_page()
    {
        sample.AssertBuilt();
        var posters = Content.Communes.Where(c => IsPage(CommuneFolder(c.Code) + "/affiche/index.html")).ToList();
        Assert.NotEmpty(posters);
        foreach (var commune in posters)
        {
            var path = CommuneFolder(commune.Code) + "/affiche/index.html";
            var poster = OutputAssert.Html(sample.Output, path).QuerySelector("main article.commune-poster")!;
            var center = (commune.Latitude, commune.Longitude);
            // (a recurring stop once, at its next date)
            var coming = Content.Stops
                .Where(s => s.Date >= Sample.Today && s.Status != "annule" && (s.Commune == commune.Code || Haversine.Km(center, Content.Location(s)) <= RadiusKm))
                .OrderBy(s => s.Commune == commune.Code ? 0 : 1).ThenBy(s => s.Date).ThenBy(s => s.Sessions[0], StringComparer.Ordinal)
                .DistinctBy(s => s.Recurring ? $"{s.Tour} {s.Commune}" : $"{s.Tour} {s.Date} {s.Commune}")
                .ToList();

            // The coming visits, the commune's own first, then soonest first (up to two, one when both
            // are recurring: their rules take two lines each), never a cancelled one
            var shown = coming.Take(coming.Count > 1 && coming[0].Recurring && coming[1].Recurring ? 1 : 2).ToList();
            var visitDates = poster.QuerySelectorAll(".poster-list-date").Select(d => d.Text()).ToList();
            Assert.Equal(shown.Select(s => s.Recurring ? $"Le {s.Date.ToString("dddd", CultureInfo.GetCultureInfo("fr-FR"))}, tous les 15 jours (prochain : {FrenchText.DayMonth(s.Date)})" : FrenchText.CapitalizedLongDate(s.Date)), visitDates);
            foreach (var (item, stop) in poster.QuerySelectorAll(".poster-list li").Zip(shown))
            {
                Assert.Contains(Content.Commune(stop.Commune).Name, item.Text());
                Assert.Contains(stop.Spot, item.Text());
                Assert.Contains(FrenchText.Ranges(stop.Sessions), item.Text());
            }

            // the workshops still to come within the radius (as many as the visits and places leave room for), and only those
            var near = Content.Workshops
                .Where(w => w.Sessions!.Any(s => s.Date >= Sample.Today) && Haversine.Km(center, Content.Location(w)) <= RadiusKm)
                .ToList();
            var listed = Content.Workshops.Where(w => poster.Text().Contains(w.Title, StringComparison.Ordinal)).ToList();
            var workshopHeading = poster.QuerySelectorAll("h2").FirstOrDefault(h => h.Text() == "Ateliers près d'ici");
            Assert.Equal(listed.Count > 0, workshopHeading is not null);
            Assert.InRange(listed.Count, 0, Math.Min(near.Count, 2));
            Assert.All(listed, w => Assert.True(near.Contains(w), $"{path}: lists « {w.Title} », past or farther than {RadiusKm} km"));

            // and a QR code to the commune page
            var url = new Uri(Content.BaseUrl, CommuneFolder(commune.Code) + "/");
            Assert.Equal(url.AbsoluteUri, QrDecoder.FromSvg(poster.QuerySelector(".poster-qr svg")!));
        }
    }

    [Fact]
    public void Without_pdf_no_page_offers_a_pdf()
    {
        // The fixture builds without --pdf
        sample.AssertBuilt();
        Assert.DoesNotContain(Sample.Files(sample.Output), f => f.EndsWith(".pdf", StringComparison.Ordinal));
        foreach (var path in Sample.HtmlPages(sample.Output))
        {
            var page = OutputAssert.Html(sample.Output, path);
            Assert.Empty(page.QuerySelectorAll("a[href$=\".pdf\"]"));
            Assert.DoesNotContain("(PDF)", page.Body!.Text());
        }
    }

    /// <summary>One listed item of a sheet and the content file it names.</summary>
    private sealed record SheetItem(IElement Element, string Name, PlaceFile? Place, WorkshopFile? Workshop);

    private List<SheetItem> Items(IElement sheet) =>
        sheet.QuerySelectorAll("ol.sheet-list > li").Select(li =>
        {
            var name = li.QuerySelector("strong")!.Text();
            var workshop = name.StartsWith("Atelier : ", StringComparison.Ordinal) ? Content.Workshops.SingleOrDefault(w => w.Title == name["Atelier : ".Length..]) : null;
            var place = workshop is null ? Content.Places.SingleOrDefault(p => p.Name == name) : null;
            Assert.True(place is not null || workshop is not null, $"« {name} » is neither a place nor a workshop of the content");
            return new SheetItem(li, name, place, workshop);
        }).ToList();

    private string StopFolder(StopEntry stop) => stop.Recurring ? Content.RecurringFolder(stop.Tour, stop.Commune) :
        Sample.Files(sample.Output).Select(f => Regex.Match(f, $"^(bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-[a-z0-9-]+)/index\\.html$"))
            .Single(m => m.Success).Groups[1].Value;

    private string CommuneFolder(string code) =>
        Sample.Files(sample.Output).Select(f => Regex.Match(f, $"^(communes/[a-z0-9-]+-{code})/index\\.html$"))
            .Single(m => m.Success).Groups[1].Value;

    private static double ReadRadius()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample.RepositoryRoot, "statiq.json")));
        return settings.RootElement.GetProperty("rayon_proximite_km").GetDouble();
    }
}
