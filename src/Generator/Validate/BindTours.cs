using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate.Fields;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;
using F = Relais.Generator.Validate.Fields.TourFields;

namespace Relais.Generator.Validate;

/// <summary>content/tournees/*.yml → <see cref="Tour"/>, recurring stops expanded into dates, with the checks between a bus's stops.</summary>
public static class BindTours
{
    public static IReadOnlyList<Tour> Run(IReadOnlyList<ContentFile> files, CommuneIndex communes, DateOnly today, DiagnosticBag diagnostics) =>
        LeftOut.BindFiles(files, F.All, diagnostics, (file, r) => Bind(file, r, communes, today));

    /// <summary>What a stop inherits from its tour unless it says otherwise.</summary>
    private sealed record Defaults(IReadOnlyList<TimeRange> Sessions, StopFormat Format, Reception Reception, bool HasSeats, PhoneNumber? ContactPhone);

    private static Tour? Bind(ContentFile file, RecordReader r, CommuneIndex communes, DateOnly today)
    {
        var diagnostics = r.Diagnostics;
        var name = r.Text(F.Nom);
        var @operator = r.Text(F.Operateur);
        var contactGroup = r.Object(F.Contact);
        var contact = new Contact(
            contactGroup?.Parse<PhoneNumber>(F.ContactTelephone, PhoneNumber.TryParse, DiagnosticCatalog.InvalidPhone),
            contactGroup?.Parse<EmailAddress>(F.ContactCourriel, EmailAddress.TryParse, DiagnosticCatalog.InvalidEmail),
            contactGroup?.Parse<WebUrl>(F.ContactSiteWeb, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl));
        var format = r.Choice(F.Format, Vocabularies.StopFormats) ?? StopFormat.Workshop;
        var reception = r.Choice(F.Accueil, Vocabularies.Receptions);
        if (reception is not null && format == StopFormat.Workshop)
        {
            r.Report(DiagnosticCatalog.NotApplicable, F.Accueil,
                "« accueil » décrit une permanence : ajoutez « format: permanence » si le bus reçoit une personne à la fois, sinon retirez cette ligne.");
        }
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
        var computers = r.Boolean(F.OrdinateursFournis);
        var typologies = r.Choices(F.Typologie, Vocabularies.Typologies);
        var programmes = r.Choices(F.Dispositifs, Vocabularies.NationalProgrammes);
        var labels = r.Choices(F.FormationsLabels, Vocabularies.TrainingLabels);
        var pass = r.Boolean(F.PassNumerique) ?? false;

        var defaults = new Defaults(defaultSessions, format, reception ?? Reception.Registration, seats is not null || r.Has(F.Places), contact.Phone);
        var stops = new List<(Stop Stop, RecordReader Reader)>();
        var stopsFrom = diagnostics.Items.Count;
        var workshopsWithoutSeats = false;
        foreach (var stopReader in r.Objects(F.Arrets))
        {
            var bound = BindStop(stopReader, defaults, communes, today);
            if (bound.Count > 0) stops.AddRange(bound.Select(x => (x, stopReader)));
            else LeftOut.CheckItem(stopReader, stopsFrom, F.StopFields, "ce passage", F.StopDate, F.StopRegulier, F.StopSeances);
            workshopsWithoutSeats |= !defaults.HasSeats && bound.Any(x => !x.IsPermanence);
        }
        // Absent, not wrong: a workshop needs its number of seats, a permanence has none.
        var seatsMissing = format == StopFormat.Workshop && !defaults.HasSeats || workshopsWithoutSeats;
        if (seatsMissing)
        {
            diagnostics.Add(DiagnosticCatalog.MissingField, r.Anchor, r.FieldPath(F.Places.Key),
                "champ obligatoire absent pour des ateliers : ajoutez « places: … » (postes par séance), ou « format: permanence » si le bus reçoit une personne à la fois.");
        }
        TourDays.Check(stops, diagnostics);
        TourDays.CheckIdentities(stops, diagnostics);

        if (name is null || @operator is null || seatsMissing || r.Has(F.Places) && seats is null || defaultSessions.Count == 0 && r.Has(F.SeancesParDefaut)) return null;
        return new Tour(file.Slug, r.Anchor, name, @operator, contact, seats, minimum ?? 0, defaultSessions, funders,
            services, supportModes, fees, audiences, description, updatedOn,
            stops.Select(x => x.Stop).OrderBy(x => x.Date).ThenBy(x => x.Sessions[0].Start).ToList())
        {
            ComputersProvided = computers ?? format == StopFormat.Workshop,
            Typologies = typologies,
            NationalProgrammes = programmes,
            TrainingLabels = labels,
            PassNumerique = pass,
        };
    }

    /// <summary>A one-off stop gives one <see cref="Stop"/>, a recurring one a stop per date; none when in error.</summary>
    private static IReadOnlyList<Stop> BindStop(RecordReader r, Defaults defaults, CommuneIndex communes, DateOnly today)
    {
        var date = r.Date(F.StopDate);
        var series = StopSeriesReader.Read(r, today);
        if (!r.Has(F.StopDate) && !r.Has(F.StopRegulier))
        {
            r.Diagnostics.Add(DiagnosticCatalog.MissingField, r.Anchor, r.FieldPath(F.StopDate.Key),
                "passage sans date : ajoutez « date: AAAA-MM-JJ », ou « regulier: » (jour, frequence, du) pour un passage qui revient.");
        }
        else if (r.Has(F.StopDate) && r.Has(F.StopRegulier))
        {
            r.Report(DiagnosticCatalog.NotApplicable, F.StopRegulier,
                "ce passage a à la fois une « date » et « regulier » : gardez « date » pour un passage unique, « regulier » pour un passage qui revient.");
        }
        var code = r.Parse<CodeInsee>(F.StopCodeInsee, CodeInsee.TryParse, DiagnosticCatalog.InvalidCodeInsee);
        var commune = communes.Resolve(r, F.StopCodeInsee, code);
        var spot = r.Text(F.StopLieu);
        var location = CommonReads.Location(r, F.StopLatitude, F.StopLongitude, commune);
        var sessions = r.Has(F.StopSeances) ? Sessions(r, F.StopSeances) : defaults.Sessions;
        // The tour's own sessions are wrong or missing: reported on the tour.
        if (!r.Has(F.StopSeances) && defaults.Sessions.Count == 0) r.MarkDependsOnRecordInError();
        var theme = r.Text(F.StopTheme);
        var registrationGroup = r.Object(F.StopInscription);
        var registration = CommonReads.Registration(registrationGroup);
        var status = r.Choice(F.StopStatut, Vocabularies.StopStatuses);
        var reason = r.Text(F.StopMotif);
        var updatedOn = CommonReads.DateNotAfter(r, F.StopDateMaj, today, "le jour de la modification");
        var firstAnnounced = r.Date(F.StopDateInitiale);
        if (firstAnnounced is not null && r.Has(F.StopRegulier))
        {
            r.Report(DiagnosticCatalog.NotApplicable, F.StopDateInitiale,
                "« date_initiale » dit le jour annoncé au départ d'un passage unique déplacé : pour un passage régulier, ajoutez le jour retiré à « sauf » et décrivez le nouveau jour par un passage avec sa « date ».");
            firstAnnounced = null;
        }
        var format = r.Choice(F.StopFormat, Vocabularies.StopFormats) ?? defaults.Format;
        var reception = r.Choice(F.StopAccueil, Vocabularies.Receptions) ?? defaults.Reception;
        var permanence = format == StopFormat.Permanence;

        if (r.Has(F.StopAccueil) && !permanence)
        {
            r.Report(DiagnosticCatalog.NotApplicable, F.StopAccueil, "« accueil » décrit une permanence : ajoutez « format: permanence » à ce passage, ou retirez cette ligne.");
        }
        if (status == StopStatus.Cancelled && reason is null)
        {
            r.Report(DiagnosticCatalog.CancellationWithoutReason, F.StopStatut,
                "passage annulé sans motif : ajoutez « motif_annulation: … » (par exemple « moins de 6 inscrits »), il sera affiché aux personnes qui comptaient venir.");
        }
        if (status == StopStatus.Full && permanence)
        {
            r.Report(DiagnosticCatalog.NotApplicable, F.StopStatut,
                "une permanence n'a pas de places : « complet » ne s'applique pas. Écrivez « confirme », ou « annule » avec un motif.");
        }
        if (registration?.Deadline is { } deadline && (permanence || r.Has(F.StopRegulier)))
        {
            registrationGroup!.Report(DiagnosticCatalog.NotApplicable, RegistrationFields.Avant, permanence
                ? "une permanence n'a pas de date limite d'inscription : on prend rendez-vous jusqu'au jour même. Retirez « avant »."
                : "un passage régulier n'a pas une date limite unique : retirez « avant », ou décrivez chaque passage avec sa « date ».");
        }
        else if (date is { } day && registration?.Deadline is { } limit && limit > day)
        {
            registrationGroup!.Report(DiagnosticCatalog.DeadlineAfterStop, RegistrationFields.Avant,
                $"inscriptions jusqu'au {IsoDate.Format(limit)}, après le passage du {IsoDate.Format(day)} : la date limite doit précéder le passage.");
        }
        // Decided by Resolve's rule, as the visit's page decides it: the page of a confirmed visit then says registration is over.
        else if (date is { } visitDay && status == StopStatus.Confirmed && registration?.Deadline is { } closing
            && !Resolve.Timeline.IsPast(visitDay, today) && Resolve.Timeline.RegistrationClosed(closing, today))
        {
            registrationGroup!.Report(DiagnosticCatalog.RegistrationClosedButConfirmed, RegistrationFields.Avant,
                $"inscriptions closes depuis le {IsoDate.Format(closing.AddDays(1))} (date limite « avant: {IsoDate.Format(closing)} ») : le passage du {IsoDate.Format(visitDay)} est « confirme », "
                + "mais sa page dit que l'on ne peut plus s'inscrire. S'il ne reste plus de place, écrivez « statut: complet » ; si l'on peut encore s'inscrire, "
                + $"reportez la date « avant » (au plus tard le {IsoDate.Format(visitDay)}) ; puis mettez « date_maj » à jour.");
        }

        var dates = series is not null ? series.Dates(StopSeriesReader.Horizon(today)).ToList() : date is { } d ? [d] : [];
        var needsPhone = !permanence || reception == Reception.Registration;
        if (dates.Count > 0 && dates.All(x => Resolve.Timeline.IsPast(x, today)))
        {
            r.Report(DiagnosticCatalog.PastStop, series is null ? F.StopDate : F.StopRegulier, series is null
                ? $"passage du {IsoDate.Format(dates[0])} déjà passé : sa page propose désormais la suite (« après le bus »). Retirez-le quand il n'est plus utile."
                : $"passage régulier terminé (le dernier était le {IsoDate.Format(dates[^1])}) : sa page propose désormais la suite. Retirez-le quand il n'est plus utile.");
        }
        // A phone written but malformed is already an error: no warning that it is missing.
        else if (status is not StopStatus.Cancelled && needsPhone && registration is not null && !registrationGroup!.Has(RegistrationFields.Telephone)
            && !(permanence && defaults.ContactPhone is not null))
        {
            r.Diagnostics.Add(DiagnosticCatalog.StopWithoutPhone, r.SpanOf(F.StopInscription), r.FieldPath("inscription.telephone"),
                "pas de téléphone pour s'inscrire : beaucoup de personnes âgées s'inscrivent par téléphone, ajoutez-en un.");
        }
        // Written but wrong, the registration has its error; a permanence may take appointments on the tour's phone.
        else if (status is not StopStatus.Cancelled && needsPhone && registration is null && !r.Has(F.StopInscription)
            && !(permanence && defaults.ContactPhone is not null))
        {
            r.Diagnostics.Add(DiagnosticCatalog.StopWithoutPhone, r.Anchor, r.FieldPath("inscription"), permanence
                ? "pas de téléphone pour prendre rendez-vous : ajoutez « inscription: » (auprès de qui, téléphone) ou un téléphone dans « contact »."
                : "pas d'inscription indiquée : ajoutez « inscription: » avec auprès de qui et un téléphone.");
        }

        // A visit without a session cannot be shown (nor described in JSON-LD): its list is reported empty.
        if (dates.Count == 0 || r.Has(F.StopDate) && r.Has(F.StopRegulier) || code is null || commune is null || spot is null || status is null || sessions.Count == 0) return [];
        return dates.Select(day => new Stop(r.Anchor, day, commune, spot, location, sessions, theme, registration, status.Value, reason, updatedOn)
        {
            Format = format,
            Reception = reception,
            Series = series,
            FirstAnnounced = firstAnnounced == day ? null : firstAnnounced,
        }).ToList();
    }

    private static List<TimeRange> Sessions(RecordReader r, FieldSpec spec)
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
}
