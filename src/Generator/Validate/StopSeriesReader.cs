using Relais.Generator.Diagnostics;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;
using F = Relais.Generator.Validate.Fields.TourFields;

namespace Relais.Generator.Validate;

/// <summary>A stop's « regulier » group → <see cref="StopSeries"/>, with its own checks.</summary>
public static class StopSeriesReader
{
    /// <summary>A series without an end is announced this far ahead of the build's day.</summary>
    public const int HorizonDays = 365;

    /// <summary>Longer than this is most likely a wrong year.</summary>
    private const int MaxSeriesDays = 2 * 366;

    public static DateOnly Horizon(DateOnly today) => today.AddDays(HorizonDays);

    public static StopSeries? Read(RecordReader stop, DateOnly today)
    {
        // Not a group of fields (a list, a sentence): reported by Object.
        if (stop.Object(F.StopRegulier) is not { } r) return null;
        var day = r.Choice(F.SeriesJour, Vocabularies.Weekdays);
        var frequency = r.Choice(F.SeriesFrequence, Vocabularies.StopFrequencies);
        var first = r.Date(F.SeriesDu);
        var until = r.Date(F.SeriesAu);
        var holidays = r.Boolean(F.SeriesJoursFeries) ?? false;
        var except = r.Scalars(F.SeriesSauf)
            .Select(s => (Scalar: s, Date: r.ParseScalar<DateOnly>(s, F.SeriesSauf.Key, IsoDate.TryParse, DiagnosticCatalog.InvalidDate)))
            .Where(x => x.Date is not null)
            .ToList();
        if (day is null || frequency is null || first is null || r.Has(F.SeriesAu) && until is null) return null;
        var weekday = Vocabularies.Weekdays.Label(day.Value);
        if (first.Value.DayOfWeek != day)
        {
            r.Report(DiagnosticCatalog.StopSeriesSpec, F.SeriesDu,
                $"le {IsoDate.Format(first.Value)} est un {Vocabularies.Weekdays.Label(first.Value.DayOfWeek)}, pas un {weekday} : « du » est la date du premier passage. Corrigez la date ou le jour.");
            return null;
        }
        if (until is { } end && end < first)
        {
            r.Report(DiagnosticCatalog.EndBeforeStart, F.SeriesAu,
                $"les passages finissent le {IsoDate.Format(end)}, avant de commencer le {IsoDate.Format(first.Value)} : corrigez « du » ou « au ».");
            return null;
        }
        if (until is { } last && last.DayNumber - first.Value.DayNumber > MaxSeriesDays)
        {
            r.Report(DiagnosticCatalog.StopSeriesSpec, F.SeriesAu,
                $"des passages du {IsoDate.Format(first.Value)} au {IsoDate.Format(last)} durent plus de deux ans : vérifiez l'année.");
            return null;
        }
        if (first.Value > Horizon(today))
        {
            r.Report(DiagnosticCatalog.StopSeriesSpec, F.SeriesDu,
                $"premier passage le {IsoDate.Format(first.Value)}, dans plus d'un an : vérifiez l'année, ou ajoutez ce passage plus tard.");
            return null;
        }
        var every = frequency == StopFrequency.Weekly ? 1 : 2;
        var series = new StopSeries(r.Anchor, day.Value, every, first.Value, until, except.Select(x => x.Date!.Value).Distinct().Order().ToList(), holidays);
        var rule = new StopSeries(r.Anchor, day.Value, every, first.Value, until, [], OnPublicHolidays: true);
        var ruleDates = rule.Dates(until ?? Horizon(today)).ToHashSet();
        foreach (var (scalar, date) in except.Where(x => !ruleDates.Contains(x.Date!.Value)))
        {
            r.Diagnostics.Add(DiagnosticCatalog.StopSeriesSpec, scalar.Span, r.FieldPath(F.SeriesSauf.Key),
                $"le {IsoDate.Format(date!.Value)} n'est pas un jour de passage ({weekday}, {Vocabularies.StopFrequencies.Plain(frequency.Value)} à partir du {IsoDate.Format(first.Value)}) : vérifiez la date.");
        }
        if (!series.Dates(until ?? Horizon(today)).Any())
        {
            r.Report(DiagnosticCatalog.StopSeriesSpec, F.SeriesDu,
                $"aucun passage ne reste entre le {IsoDate.Format(first.Value)} et le {IsoDate.Format(until ?? Horizon(today))} (jours exclus et jours fériés retirés) : vérifiez les dates.");
            return null;
        }
        return series;
    }
}
