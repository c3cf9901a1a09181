using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Hours;
using Relais.Model.Resolved;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Theme.Blocks;

/// <summary>
/// The cards of places, workshops and bus visits, as markup. A place's card is on dozens of commune
/// pages: what it says of the place is written once per build and reused, and only what depends on
/// the page (its distance, what it is nearest for, « dans votre commune ») is written each time. The
/// markup is what the Razor cards wrote, byte for byte, through the pages' own encoder. One per build.
/// </summary>
public sealed class CardMarkup(HtmlEncoder encoder)
{
    private readonly ConcurrentDictionary<Place, (string Head, string Middle, string Tail)> _places = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Workshop, (string Head, string Tail)> _workshops = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Visit, (string Head, string Tail)> _visits = new(ReferenceEqualityComparer.Instance);

    /// <summary>A place in a list: enough to decide and call without opening its page.</summary>
    public MarkupString PlaceCard(Place place, double distanceKm, IReadOnlyList<HelpKind>? kinds = null)
    {
        var (head, middle, tail) = _places.GetOrAdd(place, PlaceParts);
        var nearestFor = kinds is { Count: > 0 } ? $"<p class=\"card-kinds\">Le plus proche pour : {E(Fr.List(kinds.Select(KindLabel)))}</p>" : "";
        return new(string.Concat([head, Distance(distanceKm), ", ", middle, nearestFor, tail]));
    }

    /// <summary>A workshop series in a list, with its distance when seen from a commune.</summary>
    public MarkupString WorkshopCard(Workshop workshop, double? distanceKm = null)
    {
        var (head, tail) = _workshops.GetOrAdd(workshop, WorkshopParts);
        return new(distanceKm is { } km ? string.Concat(head, Distance(km), ", ", tail) : head + tail);
    }

    /// <summary>A bus visit in a list: the date first, as large as a poster would say it; seen from a commune,
    /// « dans votre commune » or its distance (from a kilometre).</summary>
    public MarkupString VisitCard(Visit visit, double? distanceKm = null, bool inCommune = false)
    {
        var (head, tail) = _visits.GetOrAdd(visit, VisitParts);
        if (visit.IsCancelled) return new(head + tail);
        var where = inCommune ? " (<strong>dans votre commune</strong>)" : distanceKm is { } km && km >= 1 ? $" ({Distance(km)})" : "";
        return new(string.Concat(head, where, tail));
    }

    public static string KindLabel(HelpKind kind) => kind switch
    {
        HelpKind.Procedures => "les démarches en ligne",
        HelpKind.Learning => "apprendre",
        _ => "utiliser un ordinateur sur place",
    };

    private (string, string, string) PlaceParts(Place place)
    {
        var head = $"<article class=\"card place-card\"><h3 class=\"card-title\"><a href=\"{E(Routes.Place(place))}\">{E(place.Name)}</a></h3>\n  <p class=\"card-meta\">";
        var middle = $"{E(place.Address.Commune.Name)}\n    {Price(place.Fees)}</p>";
        var tail = new StringBuilder();
        tail.Append("<p>").Append(E(Fr.Capitalize(Fr.List(place.Services.Take(3).Select(s => Fr.Uncapitalize(Vocabularies.Services.Plain(s))))))).Append(".</p>");
        if (place.Hours is { } hours)
            tail.Append("<p>Ouvert ").Append(TimesInText(HoursText.Summary(hours))).Append(". <span class=\"open-now\" data-hours=\"").Append(E(HoursCode.Encode(hours))).Append("\" hidden></span></p>");
        if (place.Phone is { } phone) tail.Append("<p>Téléphone : ").Append(Phone(phone)).Append("</p>");
        tail.Append("</article>");
        return (head, middle, tail.ToString());
    }

    private (string, string) WorkshopParts(Workshop workshop)
    {
        var head = $"<article class=\"card workshop-card\"><h3 class=\"card-title\"><a href=\"{E(Routes.Workshop(workshop))}\">{E(workshop.Title)}</a></h3>\n  <p class=\"card-meta\">";
        var tail = new StringBuilder();
        tail.Append(E(workshop.Commune.Name)).Append("\n    ").Append(Price(workshop.Fees)).Append("</p>\n  <p>").Append(TimesInText(Schedule.Describe(workshop))).Append(".</p>");
        if (workshop.HasStarted && workshop.NextSession is { } next) tail.Append("<p>Prochaine séance : ").Append(E(Fr.Date(next.Date))).Append(".</p>");
        if (Schedule.Seats(workshop) is { } seats) tail.Append("<p class=\"seats\">").Append(E(seats)).Append("</p>");
        tail.Append("</article>");
        return (head, tail.ToString());
    }

    /// <summary>The head ends where a commune page adds « dans votre commune » or the distance (not on a cancelled visit's card).</summary>
    private (string, string) VisitParts(Visit visit)
    {
        var stop = visit.Stop;
        var head = new StringBuilder();
        head.Append("<article class=\"card visit-card ").Append(visit.IsCancelled ? "cancelled" : "").Append("\"><h3 class=\"card-title\"><a href=\"")
            .Append(E(Routes.Visit(visit))).Append("\"><time datetime=\"").Append(E(IsoDate.Format(stop.Date))).Append("\">").Append(E(Fr.DateCapitalized(stop.Date)))
            .Append("</time> : ").Append(E(visit.Commune.Name)).Append("</a></h3>");
        if (visit.IsCancelled) return (head.ToString(), $"<p class=\"status status-cancelled\"><strong>Annulé</strong> : {E(stop.CancellationReason)}</p></article>");
        if (stop.Series is { } series) head.Append("<p class=\"card-meta\">Puis ").Append(E(SeriesText.Rule(series))).Append("</p>");
        head.Append("<p class=\"card-meta\">").Append(TimesInText(Fr.Ranges(stop.Sessions))).Append(", ").Append(E(stop.Spot));
        var tail = new StringBuilder("</p>");
        if (visit.IsFull) tail.Append("<p class=\"status status-full\"><strong>Complet</strong></p>");
        if (visit.IsPermanence)
            tail.Append("<p>Aide individuelle, ").Append(stop.Reception == Reception.DropIn ? "sans rendez-vous" : "sur rendez-vous")
                .Append(E(stop.Theme is { } t ? $" : {Fr.Uncapitalize(t)}" : "")).Append("</p>");
        else if (stop.Theme is { } theme) tail.Append("<p>").Append(E(theme)).Append("</p>");
        tail.Append("</article>");
        return (head.ToString(), tail.ToString());
    }

    private string Distance(double km) => $"<span class=\"distance\">{E(Fr.Distance(km))}</span>";

    private string Price(IReadOnlyList<Fee> fees) =>
        fees.Count == 0 ? "" : $"<span class=\"badge {(fees.Contains(Fee.Free) ? "badge-free" : "badge-price")}\">{E(Bits.PriceLabel(fees))}</span>";

    private string Phone(PhoneNumber phone) => $"<a class=\"phone\" href=\"{E(phone.TelUri)}\">{E(phone.Unbroken)}</a>";

    /// <summary>As <see cref="Bits.TimesInText"/> writes it.</summary>
    private string TimesInText(string text)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in Bits.TimeRanges(text))
        {
            html.Append(E(text[at..start])).Append("<span class=\"times\">").Append(E(text[start..end])).Append("</span>");
            at = end;
        }
        return html.Append(E(text[at..])).ToString();
    }

    private string E(string? text) => text is null ? "" : encoder.Encode(text);
}
