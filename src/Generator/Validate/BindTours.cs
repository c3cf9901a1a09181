using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate.Fields;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;
using F = Relais.Generator.Validate.Fields.TourFields;

namespace Relais.Generator.Validate;

/// <summary>content/tournees/*.yml → <see cref="Tour"/>, with the checks between a bus's stops.</summary>
public static class BindTours
{
    public static IReadOnlyList<Tour> Run(IReadOnlyList<ContentFile> files, CommuneIndex communes, DateOnly today, DiagnosticBag diagnostics) =>
        LeftOut.BindFiles(files, F.All, diagnostics, (file, r) => Bind(file, r, communes, today, diagnostics));

    private static Tour? Bind(ContentFile file, RecordReader r, CommuneIndex communes, DateOnly today, DiagnosticBag diagnostics)
    {
        var name = r.Text(F.Nom);
        var @operator = r.Text(F.Operateur);
        var contactGroup = r.Object(F.Contact);
        var contact = new Contact(
            contactGroup?.Parse<PhoneNumber>(F.ContactTelephone, PhoneNumber.TryParse, DiagnosticCatalog.InvalidPhone),
            contactGroup?.Parse<EmailAddress>(F.ContactCourriel, EmailAddress.TryParse, DiagnosticCatalog.InvalidEmail),
            contactGroup?.Parse<WebUrl>(F.ContactSiteWeb, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl));
        var seats = r.Integer(F.Places);
        var minimum = r.Integer(F.InscritsMinimum);
        if (seats is { } s && minimum is { } m && m > s)
        {
            r.Report(DiagnosticCatalog.InconsistentSeats, F.InscritsMinimum,
                $"{m} inscrits minimum pour {s} places par séance : le passage ne pourrait jamais avoir lieu. Corrigez l'un des deux nombres.");
        }
        var defaultSessions = Sessions(r, F.SeancesParDefaut);
        var funders = r.Scalars(F.Financeurs).Select(x => x.Value.Trim()).ToList();
        var services = r.Choices(F.Services, Vocabularies.Services);
        var supportModes = r.Choices(F.ModalitesAccompagnement, Vocabularies.SupportModes);
        var fees = r.Choices(F.Frais, Vocabularies.Fees);
        var audiences = r.Choices(F.Publics, Vocabularies.Audiences);
        var description = r.Text(F.Presentation);
        var updatedOn = CommonReads.DateNotAfter(r, F.DateMaj, today, "le jour de la modification");

        var stops = new List<(Stop Stop, RecordReader Reader)>();
        var stopsFrom = diagnostics.Items.Count;
        foreach (var stopReader in r.Objects(F.Arrets))
        {
            if (BindStop(stopReader, defaultSessions, communes, today) is { } stop) stops.Add((stop, stopReader));
            else LeftOut.CheckItem(stopReader, stopsFrom, F.StopFields, "ce passage", F.StopSeances);
        }
        CheckOneCommunePerDay(stops, communes, diagnostics);

        if (name is null || @operator is null || seats is null || defaultSessions.Count == 0 && r.Has(F.SeancesParDefaut)) return null;
        return new Tour(file.Slug, r.Anchor, name, @operator, contact, seats.Value, minimum ?? 0, defaultSessions, funders,
            services, supportModes, fees, audiences, description, updatedOn, stops.Select(x => x.Stop).OrderBy(x => x.Date).ToList());
    }

    private static Stop? BindStop(RecordReader r, IReadOnlyList<TimeRange> defaultSessions, CommuneIndex communes, DateOnly today)
    {
        var date = r.Date(F.StopDate);
        var code = r.Parse<CodeInsee>(F.StopCodeInsee, CodeInsee.TryParse, DiagnosticCatalog.InvalidCodeInsee);
        var commune = communes.Resolve(r, F.StopCodeInsee, code);
        var spot = r.Text(F.StopLieu);
        var location = CommonReads.Location(r, F.StopLatitude, F.StopLongitude, commune);
        var sessions = r.Has(F.StopSeances) ? Sessions(r, F.StopSeances) : defaultSessions;
        // The tour's own sessions are wrong or missing: reported on the tour.
        if (!r.Has(F.StopSeances) && defaultSessions.Count == 0) r.MarkDependsOnRecordInError();
        var theme = r.Text(F.StopTheme);
        var registrationGroup = r.Object(F.StopInscription);
        var registration = CommonReads.Registration(registrationGroup);
        var status = r.Choice(F.StopStatut, Vocabularies.StopStatuses);
        var reason = r.Text(F.StopMotif);
        var updatedOn = CommonReads.DateNotAfter(r, F.StopDateMaj, today, "le jour de la modification");

        if (status == StopStatus.Cancelled && reason is null)
        {
            r.Report(DiagnosticCatalog.CancellationWithoutReason, F.StopStatut,
                "passage annulé sans motif : ajoutez « motif_annulation: … » (par exemple « moins de 6 inscrits »), il sera affiché aux personnes qui comptaient venir.");
        }
        if (date is { } day && registration?.Deadline is { } deadline && deadline > day)
        {
            registrationGroup!.Report(DiagnosticCatalog.DeadlineAfterStop, RegistrationFields.Avant,
                $"inscriptions jusqu'au {IsoDate.Format(deadline)}, après le passage du {IsoDate.Format(day)} : la date limite doit précéder le passage.");
        }
        if (date is { } past && Resolve.Timeline.IsPast(past, today))
        {
            r.Report(DiagnosticCatalog.PastStop, F.StopDate,
                $"passage du {IsoDate.Format(past)} déjà passé : sa page propose désormais la suite (« après le bus »). Retirez-le quand il n'est plus utile.");
        }
        // A phone written but malformed is already an error: no warning that it is missing.
        else if (status is not StopStatus.Cancelled && registration is not null && !registrationGroup!.Has(RegistrationFields.Telephone))
        {
            r.Diagnostics.Add(DiagnosticCatalog.StopWithoutPhone, r.SpanOf(F.StopInscription), r.FieldPath("inscription.telephone"),
                "pas de téléphone pour s'inscrire : beaucoup de personnes âgées s'inscrivent par téléphone, ajoutez-en un.");
        }
        // Written but wrong, the registration has its error: no warning that it is missing.
        else if (status is not StopStatus.Cancelled && registration is null && !r.Has(F.StopInscription))
        {
            r.Diagnostics.Add(DiagnosticCatalog.StopWithoutPhone, r.Anchor, r.FieldPath("inscription"),
                "pas d'inscription indiquée : ajoutez « inscription: » avec auprès de qui et un téléphone.");
        }

        // A visit without a session cannot be shown (nor described in JSON-LD): its list is reported empty.
        if (date is null || code is null || commune is null || spot is null || status is null || sessions.Count == 0) return null;
        return new Stop(r.Anchor, date.Value, commune, spot, location, sessions, theme, registration, status.Value, reason, updatedOn);
    }

    private static List<TimeRange> Sessions(RecordReader r, Relais.Generator.Validate.FieldSpec spec)
    {
        var sessions = r.Scalars(spec).Select(s => r.TimeScalar(s, spec.Key)).OfType<TimeRange>().OrderBy(t => t.Start).ToList();
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i].Start < sessions[i - 1].End)
            {
                r.Report(DiagnosticCatalog.EndBeforeStart, spec,
                    $"les séances {sessions[i - 1]} et {sessions[i]} se chevauchent : la seconde doit commencer après la fin de la première.");
            }
        }
        return sessions;
    }

    /// <summary>A bus is in one commune a day; a cancelled visit frees the day.</summary>
    private static void CheckOneCommunePerDay(List<(Stop Stop, RecordReader Reader)> stops, CommuneIndex communes, DiagnosticBag diagnostics)
    {
        foreach (var day in stops.Where(s => s.Stop.Status != StopStatus.Cancelled).GroupBy(s => s.Stop.Date))
        {
            var first = day.First();
            foreach (var other in day.Skip(1))
            {
                var where = first.Stop.Commune.Name;
                if (other.Stop.Commune.Code == first.Stop.Commune.Code)
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateSlug, other.Reader.SpanOf(F.StopDate), other.Reader.FieldPath("date"),
                        $"le passage du {IsoDate.Format(day.Key)} à {where} est déjà décrit ligne {first.Stop.Source.Line} : gardez un seul passage par jour et par commune (listez ses séances dans « seances »).");
                }
                else
                {
                    var here = other.Stop.Commune.Name;
                    diagnostics.Add(DiagnosticCatalog.BusInTwoCommunes, other.Reader.SpanOf(F.StopDate), other.Reader.FieldPath("date"),
                        $"le {IsoDate.Format(day.Key)}, le bus est déjà à {where} (ligne {first.Stop.Source.Line}) : il ne peut pas être aussi à {here}. Corrigez la date ou la commune.");
                }
            }
        }
    }
}
