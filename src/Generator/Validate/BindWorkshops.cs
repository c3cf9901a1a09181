using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;
using F = Relais.Generator.Validate.Fields.WorkshopFields;

namespace Relais.Generator.Validate;

/// <summary>content/ateliers/*.md → <see cref="Workshop"/>.</summary>
public static class BindWorkshops
{
    /// <summary>A weekly rule longer than this is surely a typo in a year.</summary>
    private const int MaxRuleDays = 731;

    public static IReadOnlyList<Workshop> Run(IReadOnlyList<ContentFile> files, CommuneIndex communes, IReadOnlyDictionary<string, Place> places, IReadOnlyCollection<string> placeFiles, DateOnly today, DiagnosticBag diagnostics) =>
        LeftOut.BindFiles(files, F.All, diagnostics, (file, r) => Bind(file, r, communes, places, placeFiles, today));

    /// <param name="places">The places that bound: an organiser is one of them.</param>
    /// <param name="placeFiles">Every place file's name: one that did not bind has its own error, not reported again here.</param>
    private static Workshop? Bind(ContentFile file, RecordReader r, CommuneIndex communes, IReadOnlyDictionary<string, Place> places, IReadOnlyCollection<string> placeFiles, DateOnly today)
    {
        var title = r.Text(F.Titre);
        var organiserSlug = r.Text(F.Organisateur);
        var organiser = organiserSlug is null ? null : places.GetValueOrDefault(organiserSlug);
        if (organiserSlug is not null && organiser is null)
        {
            if (placeFiles.Contains(organiserSlug)) r.MarkDependsOnRecordInError();
            else
                r.Report(DiagnosticCatalog.UnknownPlace, F.Organisateur,
                    $"« {organiserSlug} » ne correspond à aucun lieu : indiquez le nom d'un fichier de {ContentLayout.Places}, sans « .yml ».{Suggest.DidYouMean(organiserSlug, placeFiles)}");
        }
        var venue = r.Text(F.Lieu);
        var street = r.Text(F.Adresse);
        var code = r.Parse<CodeInsee>(F.CodeInsee, CodeInsee.TryParse, DiagnosticCatalog.InvalidCodeInsee);
        var commune = communes.Resolve(r, F.CodeInsee, code);
        var location = CommonReads.Location(r, F.Latitude, F.Longitude, commune);
        var level = r.Choice(F.Niveau, Vocabularies.Levels);
        var capacity = r.Integer(F.Places);
        var freeSeats = r.Integer(F.PlacesLibres);
        if (capacity is { } c && freeSeats is { } free && free > c)
        {
            r.Report(DiagnosticCatalog.InconsistentSeats, F.PlacesLibres, $"{free} places libres pour {c} places en tout : corrigez l'un des deux nombres.");
        }
        var (sessions, rule) = Sessions(r);
        var fees = r.Choices(F.Frais, Vocabularies.Fees);
        var price = r.Text(F.Tarif);
        var pass = r.Boolean(F.PassNumerique) ?? false;
        var registration = CommonReads.Registration(r.Object(F.Inscription));
        var services = r.Choices(F.Services, Vocabularies.Services);
        var audiences = r.Choices(F.Publics, Vocabularies.Audiences);
        var summary = r.Text(F.Resume);
        var updatedOn = CommonReads.DateNotAfter(r, F.DateMaj, today, "le jour de la modification");

        if (sessions.Count > 0 && Resolve.Timeline.IsPast(sessions[^1].Date, today))
        {
            r.Diagnostics.Add(DiagnosticCatalog.PastWorkshop, r.Anchor, null,
                $"la dernière séance ({IsoDate.Format(sessions[^1].Date)}) est passée : annoncez la prochaine série ou retirez ce fichier.");
        }

        if (title is null || organiser is null || venue is null || code is null || commune is null || level is null || capacity is null || sessions.Count == 0 || fees.Count == 0)
            return null;
        return new Workshop(file.Slug, r.Anchor, title, organiser, venue, street, commune, location ?? commune.Location, level.Value, capacity.Value, freeSeats,
            sessions, rule, fees, price, pass, registration, services, audiences, summary, file.Body ?? "")
        {
            UpdatedOn = updatedOn,
        };
    }

    /// <summary>Either explicit dates or a weekly rule, expanded into dated sessions.</summary>
    private static (IReadOnlyList<WorkshopSession> Sessions, WeeklyRule? Rule) Sessions(RecordReader r)
    {
        if (r.Has(F.Dates) == r.Has(F.ChaqueSemaine))
        {
            r.Diagnostics.Add(DiagnosticCatalog.SessionsSpec, r.Has(F.Dates) ? r.SpanOf(F.ChaqueSemaine) : r.Anchor, "dates",
                r.Has(F.Dates)
                    ? "« dates » et « chaque_semaine » sont tous deux donnés : gardez l'un ou l'autre."
                    : "séances absentes : ajoutez « dates: » (séance par séance) ou « chaque_semaine: » (jour, horaire, du, au).");
            return ([], null);
        }
        if (r.Has(F.Dates))
        {
            var sessions = new List<WorkshopSession>();
            foreach (var item in r.Objects(F.Dates))
            {
                var date = item.Date(F.SessionDate);
                var time = item.Time(F.SessionHoraire);
                if (date is null || time is null) continue;
                if (sessions.Any(s => s.Date == date))
                {
                    item.Report(DiagnosticCatalog.DuplicateValue, F.SessionDate, $"une séance le {IsoDate.Format(date.Value)} est déjà listée : retirez le doublon.");
                    continue;
                }
                sessions.Add(new WorkshopSession(date.Value, time.Value));
            }
            return (sessions.OrderBy(s => s.Date).ToList(), null);
        }

        // Not a group of fields (a list, a sentence): reported by Object.
        if (r.Object(F.ChaqueSemaine) is not { } weekly) return ([], null);
        var day = weekly.Choice(F.WeeklyJour, Vocabularies.Weekdays);
        var hours = weekly.Time(F.WeeklyHoraire);
        var from = weekly.Date(F.WeeklyDu);
        var to = weekly.Date(F.WeeklyAu);
        var except = weekly.Scalars(F.WeeklySauf)
            .Select(s => (Scalar: s, Date: weekly.ParseScalar<DateOnly>(s, F.WeeklySauf.Key, IsoDate.TryParse, DiagnosticCatalog.InvalidDate)))
            .Where(x => x.Date is not null)
            .ToList();
        if (day is null || hours is null || from is null || to is null) return ([], null);
        if (to < from)
        {
            weekly.Report(DiagnosticCatalog.EndBeforeStart, F.WeeklyAu, $"la série finit le {IsoDate.Format(to.Value)}, avant de commencer le {IsoDate.Format(from.Value)} : corrigez « du » ou « au ».");
            return ([], null);
        }
        if (to.Value.DayNumber - from.Value.DayNumber > MaxRuleDays)
        {
            weekly.Report(DiagnosticCatalog.SessionsSpec, F.WeeklyAu, $"une série du {IsoDate.Format(from.Value)} au {IsoDate.Format(to.Value)} dure plus de deux ans : vérifiez l'année.");
            return ([], null);
        }
        var all = new List<DateOnly>();
        // By day number: adding a day to 9999-12-31 would throw.
        for (var n = from.Value.DayNumber; n <= to.Value.DayNumber; n++)
        {
            if (DateOnly.FromDayNumber(n) is var d && d.DayOfWeek == day) all.Add(d);
        }
        foreach (var (scalar, date) in except.Where(x => !all.Contains(x.Date!.Value)))
        {
            weekly.Diagnostics.Add(DiagnosticCatalog.SessionsSpec, scalar.Span, weekly.FieldPath(F.WeeklySauf.Key),
                $"le {IsoDate.Format(date!.Value)} n'est pas un jour de séance (un {Vocabularies.Weekdays.Label(day.Value)} entre le {IsoDate.Format(from.Value)} et le {IsoDate.Format(to.Value)}) : vérifiez la date.");
        }
        var skipped = except.Select(x => x.Date!.Value).ToHashSet();
        var expanded = all.Where(d => !skipped.Contains(d)).Select(d => new WorkshopSession(d, hours.Value)).ToList();
        if (expanded.Count == 0)
        {
            weekly.Report(DiagnosticCatalog.SessionsSpec, F.WeeklyDu,
                $"aucun {Vocabularies.Weekdays.Label(day.Value)} entre le {IsoDate.Format(from.Value)} et le {IsoDate.Format(to.Value)} : la série n'a aucune séance.");
        }
        return (expanded, new WeeklyRule(day.Value, hours.Value, from.Value, to.Value, skipped.Order().ToList()));
    }
}
