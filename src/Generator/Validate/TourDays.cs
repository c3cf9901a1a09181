using Relais.Generator.Diagnostics;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate;

/// <summary>
/// A bus is in one place at a time: two stops of a tour on the same day are fine when their hours
/// do not overlap (morning here, afternoon there), an error when they do. A cancelled stop frees its hours.
/// </summary>
public static class TourDays
{
    public static void Check(IReadOnlyList<(Stop Stop, RecordReader Reader)> stops, DiagnosticBag diagnostics)
    {
        // A recurring stop clashes on many dates: said once per pair of stops, on its first date.
        var reported = new HashSet<(RecordReader, RecordReader)>();
        foreach (var day in stops.Where(s => s.Stop.Status != StopStatus.Cancelled).GroupBy(s => s.Stop.Date))
        {
            var list = day.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (first, second) = (list[j], list[i]);
                    if (ReferenceEquals(first.Reader, second.Reader) || !reported.Add((first.Reader, second.Reader))) continue;
                    Compare(day.Key, first, second, diagnostics);
                }
            }
        }
    }

    /// <summary>
    /// A one-off stop is the same event in calendars as long as its tour, commune and first announced day
    /// (« date_initiale », else « date ») stay, and a recurring stop's date by its day: two stops cannot
    /// share them. Same-day stops in one commune are already reported by <see cref="Check"/>; this finds a
    /// moved stop that takes the identity of another one-off stop or of a recurring stop's date.
    /// </summary>
    public static void CheckIdentities(IReadOnlyList<(Stop Stop, RecordReader Reader)> stops, DiagnosticBag diagnostics)
    {
        foreach (var same in stops.GroupBy(s => (s.Stop.Commune.Code, s.Stop.IdentityDate)))
        {
            var list = same.ToList();
            if (list.Count < 2 || list.All(s => s.Stop.FirstAnnounced is null)) continue;
            foreach (var (stop, reader) in list.Where(s => s.Stop.FirstAnnounced is not null))
            {
                var other = list.First(s => !ReferenceEquals(s.Stop, stop)).Stop;
                diagnostics.Add(DiagnosticCatalog.DuplicateStopIdentity, reader.SpanOf(Fields.TourFields.StopDateInitiale), reader.FieldPath(Fields.TourFields.StopDateInitiale.Key),
                    $"le passage décrit ligne {other.Source.Line} est lui aussi annoncé le {IsoDate.Format(same.Key.IdentityDate)} à {stop.Commune.Name} : les agendas confondraient les deux. "
                    + "« date_initiale » se met seulement au passage déplacé, avec le jour annoncé au départ : corrigez-la, ou retirez-la si ce passage n'a pas été déplacé.");
            }
        }
    }

    private static void Compare(DateOnly day, (Stop Stop, RecordReader Reader) first, (Stop Stop, RecordReader Reader) second, DiagnosticBag diagnostics)
    {
        var a = first.Stop;
        var b = second.Stop;
        var at = second.Reader.SpanOf(b.Series is null ? Fields.TourFields.StopDate : Fields.TourFields.StopRegulier);
        var path = second.Reader.FieldPath(b.Series is null ? "date" : "regulier");
        var when = IsoDate.Format(day);
        if (a.Commune.Code == b.Commune.Code && a.Series is null && b.Series is null)
        {
            // Two one-off stops the same day in the same commune would share a page address.
            diagnostics.Add(DiagnosticCatalog.DuplicateSlug, at, path,
                $"le passage du {when} à {a.Commune.Name} est déjà décrit ligne {a.Source.Line} : gardez un seul passage par jour et par commune (listez ses séances dans « seances »).");
            return;
        }
        if (!Overlap(a.Sessions, b.Sessions)) return;
        diagnostics.Add(DiagnosticCatalog.BusInTwoCommunes, at, path,
            $"le {when}, le bus est à {a.Commune.Name}, {a.Spot} ({Hours(a.Sessions)}, ligne {a.Source.Line}) et à {b.Commune.Name}, {b.Spot} ({Hours(b.Sessions)}, ligne {b.Source.Line}) aux mêmes heures : "
            + "donnez à chaque passage ses « seances » (le matin ici, l'après-midi là), ou corrigez la date.");
    }

    private static bool Overlap(IReadOnlyList<TimeRange> a, IReadOnlyList<TimeRange> b) =>
        a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));

    private static string Hours(IReadOnlyList<TimeRange> sessions) => string.Join(", ", sessions.Select(s => s.ToString()));
}
