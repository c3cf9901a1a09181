using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Scaffold;

/// <summary>`new arret`: one more stop in an existing tour file, added as text (see <see cref="StopInsertion"/>).</summary>
public static class NewStop
{
    /// <summary>A tour file as read: its path in the site, whether it starts with a BOM (kept), its stops.</summary>
    public sealed record TourFile(string Path, bool Bom, StopList Stops)
    {
        public bool IsPermanence => Stops.RootScalar("format") == Vocabularies.StopFormats.Label(StopFormat.Permanence);

        public IReadOnlyList<string> DefaultSessions => Stops.RootValue("seances_par_defaut") is RawList list
            ? list.Items.OfType<RawScalar>().Select(s => s.Value.Trim()).ToList()
            : [];
    }

    /// <summary>« jour » comes from the first date.</summary>
    public sealed record Recurrence(string Frequency, DateOnly From, DateOnly? Until);

    public sealed record Registration(string With, string? Phone, DateOnly? Deadline);

    public sealed record Answers(TourFile Tour, DateOnly? Date, Recurrence? Recurrence, Commune Commune, string Spot, IReadOnlyList<string>? Sessions, string? Theme, Registration? Registration);

    public static readonly Question Tour = new("--tournee", "Tournée (nom du fichier dans content/tournees)", "la tournée : nom de son fichier dans content/tournees, avec ou sans « .yml »", Required: true, Value: "TOURNÉE");
    public static readonly Question Date = new("--date", "Date du passage (AAAA-MM-JJ)",
        "jour du passage, AAAA-MM-JJ ; ou bien --frequence et --du pour un passage qui revient", Required: true, Value: "DATE",
        EmptyMeans: "passage régulier, qui revient chaque semaine ou tous les 15 jours");
    public static readonly Question Frequency = new("--frequence", "Fréquence", "passage régulier : toutes_les_semaines ou toutes_les_deux_semaines", Required: true,
        Help: ["Fréquences :", .. AnswerReaders.Numbered(Vocabularies.StopFrequencies)], Value: "FRÉQUENCE");
    public static readonly Question From = new("--du", "Premier passage (AAAA-MM-JJ ; les suivants tombent le même jour de la semaine)",
        "passage régulier : date du premier passage, AAAA-MM-JJ (le jour de la semaine en vient)", Required: true, Value: "DATE");
    public static readonly Question Until = new("--au", "Dernier passage au plus tard (AAAA-MM-JJ)", "passage régulier : dernier passage au plus tard, AAAA-MM-JJ",
        Value: "DATE", EmptyMeans: "dates annoncées un an à l'avance");
    public static readonly Question Commune = new("--commune", "Commune (nom ou code INSEE)", "nom ou code INSEE de la commune du passage", Required: true, Value: "COMMUNE");
    public static readonly Question Spot = new("--lieu", "Où le bus stationne (par exemple « Place de l'Église »)", "où le bus stationne, par exemple « Place de l'Église »", Required: true);
    public static readonly Question Sessions = new("--seances", "Séances de ce passage (par exemple « 14:00-17:00 »)",
        "séances de ce passage, si elles diffèrent de celles de la tournée, par exemple « 14:00-17:00 »", Value: "HORAIRES");
    public static readonly Question Theme = new("--theme", "Thème (par exemple « Découvrir l'ordinateur et internet »)", "ce qui sera appris, par exemple « Découvrir l'ordinateur et internet »");
    public static readonly Question RegisterWith = new("--inscription-aupres-de", "Inscription auprès de (par exemple « Mairie de Sorigny »)", "auprès de qui s'inscrire, par exemple « Mairie de Sorigny »",
        EmptyMeans: "pas d'inscription pour l'instant");
    public static readonly Question RegisterPhone = new("--inscription-telephone", "Téléphone pour s'inscrire", "téléphone pour s'inscrire", Value: "TÉLÉPHONE");
    public static readonly Question RegisterBefore = new("--inscription-avant", "Date limite d'inscription (AAAA-MM-JJ)", "date limite d'inscription, AAAA-MM-JJ (passage daté d'ateliers seulement)", Value: "DATE");

    public static IReadOnlyList<Question> Questions { get; } = [Tour, Date, Frequency, From, Until, Commune, Spot, Sessions, Theme, RegisterWith, RegisterPhone, RegisterBefore];

    public static Answers? Ask(Interview interview, ScaffoldSite site)
    {
        var tours = TourSlugs(site);
        var tourQuestion = Tour with
        {
            Default = tours.Count == 1 ? tours[0] : null,
            Help = tours.Count > 1 ? [$"Tournées du site : {string.Join(", ", tours)}."] : null,
        };
        if (!interview.Ask(tourQuestion, TourReader(site, tours), out var tour))
        {
            // The other answers depend on the tour (its sessions, its stops): nothing more is asked without it.
            if (interview.CanGoOn && !interview.IsAsking) AskRest(interview, site, null);
            return null;
        }
        return AskRest(interview, site, tour);
    }

    private static Answers? AskRest(Interview interview, ScaffoldSite site, TourFile? tour)
    {
        DateOnly? date = null;
        Recurrence? recurrence = null;
        var recurring = interview.Has(Frequency.Flag) || interview.Has(From.Flag) || interview.Has(Until.Flag);
        if (interview.Has(Date.Flag) && recurring)
            interview.Fail($"{Date.Flag} donne un passage unique, {Frequency.Flag} et {From.Flag} un passage régulier : gardez l'un ou l'autre.");
        else if (interview.Has(Date.Flag) || !recurring && !interview.IsAsking)
            date = interview.Ask(Date, AnswerReaders.Date, out var day) ? day : null;
        else if (!recurring && interview.Ask(Date with { Required = false }, AnswerReaders.Date, out var typed))
            date = typed;
        if (date is null && interview.CanGoOn && (recurring || interview.IsAsking)) recurrence = AskRecurrence(interview);

        var hasCommune = interview.Ask(Commune, site.Lookup.Reader, out var commune);
        if (hasCommune && tour is not null && SameStop(tour, date, recurrence, commune) is { } same)
            interview.Fail($"{tour.Path}, ligne {same.DashLine} : ce passage existe déjà ({Describe(date, recurrence)} à {commune.Name}) : modifiez-le dans le fichier plutôt que d'en ajouter un second.");
        var usual = hasCommune && tour is not null ? tour.Stops.Items.LastOrDefault(i => i.Scalar("code_insee") == commune.Code.Value)?.Scalar("lieu") : null;
        interview.Ask(usual is null ? Spot : Spot with { Default = usual }, AnswerReaders.Text(), out var spot);
        var sessionsQuestion = tour is { DefaultSessions.Count: > 0 } ? Sessions with { EmptyMeans = $"celles de la tournée, {string.Join(", ", tour.DefaultSessions)}" } : Sessions;
        interview.Ask(sessionsQuestion, AnswerReaders.Sessions, out var sessions);
        interview.Ask(Theme, AnswerReaders.Text(), out var theme);
        var registration = AskRegistration(interview, tour, date);
        if (!interview.CanGoOn || interview.Missing.Count > 0 || tour is null) return null;
        return new Answers(tour, date, recurrence, commune, spot, sessions, theme, registration);
    }

    private static Recurrence? AskRecurrence(Interview interview)
    {
        var hasFrequency = interview.Ask(Frequency, AnswerReaders.Choice(Vocabularies.StopFrequencies), out var frequency);
        var hasFrom = interview.Ask(From, AnswerReaders.Date, out var from);
        var hasUntil = interview.Ask(Until, (string text, out DateOnly value, out string error) =>
        {
            if (!AnswerReaders.Date(text, out value, out error)) return false;
            if (!hasFrom || value >= from) return true;
            error = $"le {IsoDate.Format(value)} précède le premier passage ({IsoDate.Format(from)}).";
            return false;
        }, out var until);
        return hasFrequency && hasFrom ? new Recurrence(frequency, from, hasUntil ? until : null) : null;
    }

    private static Registration? AskRegistration(Interview interview, TourFile? tour, DateOnly? date)
    {
        var deadlineApplies = date is not null && tour?.IsPermanence != true;
        if (interview.Has(RegisterBefore.Flag) && !deadlineApplies && tour is not null)
        {
            interview.Fail($"{RegisterBefore.Flag} : {(tour.IsPermanence ? "une permanence n'a pas de date limite d'inscription (on prend rendez-vous jusqu'au jour même)" : "un passage régulier n'a pas une date limite unique")} ; retirez ce paramètre.");
            return null;
        }
        if (!interview.Ask(RegisterWith, AnswerReaders.Text(), out var with))
        {
            if (interview.CanGoOn && !interview.IsAsking && (interview.Has(RegisterPhone.Flag) || interview.Has(RegisterBefore.Flag)))
                interview.Fail($"{RegisterPhone.Flag} et {RegisterBefore.Flag} décrivent une inscription : dites aussi auprès de qui avec {RegisterWith.Flag}.");
            return null;
        }
        interview.Ask(RegisterPhone, AnswerReaders.Phone, out var phone);
        DateOnly? deadline = null;
        if (deadlineApplies)
        {
            var ok = interview.Ask(RegisterBefore, (string text, out DateOnly value, out string error) =>
            {
                if (!AnswerReaders.Date(text, out value, out error)) return false;
                if (value <= date!.Value) return true;
                error = $"le {IsoDate.Format(value)} est après le passage du {IsoDate.Format(date.Value)} : la date limite doit le précéder.";
                return false;
            }, out var before);
            if (ok) deadline = before;
        }
        return new Registration(with, phone, deadline);
    }

    private static StopItem? SameStop(TourFile tour, DateOnly? date, Recurrence? recurrence, Commune commune) =>
        tour.Stops.Items.FirstOrDefault(i => i.Scalar("code_insee") == commune.Code.Value
            && (date is { } d ? i.Scalar("date") == IsoDate.Format(d)
                : recurrence is { } r && i.Value("regulier") is RawMap rule
                    && rule.Entries.FirstOrDefault(e => e.Key.Value == "du")?.Value is RawScalar du && du.Value.Trim() == IsoDate.Format(r.From)));

    private static string Describe(DateOnly? date, Recurrence? recurrence) =>
        date is { } d ? $"le {IsoDate.Format(d)}" : $"régulier à partir du {IsoDate.Format(recurrence!.From)}";

    private static List<string> TourSlugs(ScaffoldSite site)
    {
        var folder = site.PathOf(ContentLayout.Tours);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(IsTourFile).Select(System.IO.Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static bool IsTourFile(string path) => System.IO.Path.GetExtension(path) is ".yml" or ".yaml";

    /// <summary>A tour by its file name (« bus-x », « bus-x.yml ») or its path (from the current folder or the site's), read and ready for a stop.</summary>
    private static AnswerReader<TourFile> TourReader(ScaffoldSite site, IReadOnlyList<string> tours) => (string text, out TourFile value, out string error) =>
    {
        value = null!;
        var typed = text.Trim();
        var folder = site.PathOf(ContentLayout.Tours);
        string? path;
        if (typed.Contains('/', StringComparison.Ordinal) || typed.Contains('\\', StringComparison.Ordinal))
        {
            path = new[] { System.IO.Path.GetFullPath(typed), System.IO.Path.GetFullPath(System.IO.Path.Combine(site.Root, typed)) }.FirstOrDefault(File.Exists);
            if (path is not null && !string.Equals(System.IO.Path.GetDirectoryName(path), System.IO.Path.GetFullPath(folder), StringComparison.Ordinal))
            {
                error = $"« {typed} » n'est pas dans {ContentLayout.Tours} du site : indiquez une tournée de ce dossier.";
                return false;
            }
        }
        else
        {
            var slug = IsTourFile(typed) ? System.IO.Path.GetFileNameWithoutExtension(typed) : typed;
            path = new[] { ".yml", ".yaml" }.Select(e => System.IO.Path.Combine(folder, slug + e)).FirstOrDefault(File.Exists);
        }
        if (path is null || !IsTourFile(path))
        {
            error = tours.Count == 0
                ? $"aucune tournée dans {ContentLayout.Tours} : créez-la d'abord avec « relais new tournee »."
                : $"aucune tournée « {typed} » dans {ContentLayout.Tours}.{Suggest.DidYouMean(System.IO.Path.GetFileNameWithoutExtension(typed), tours)} Tournées du site : {string.Join(", ", tours)}.";
            return false;
        }
        var relative = $"{ContentLayout.Tours}/{System.IO.Path.GetFileName(path)}";
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var content = SourceText.Read(path, out var unreadable);
        if (content is null)
        {
            error = $"{relative} : {unreadable}";
            return false;
        }
        var stops = StopList.Read(content, relative, out error);
        if (stops is null) return false;
        value = new TourFile(relative, bom, stops);
        return true;
    };

    /// <summary>Adds the stop to its tour file (its BOM and line ends kept), then checks the file: its errors, and the warnings of the new lines.</summary>
    public static int Write(ScaffoldSite site, Answers a, TextWriter output)
    {
        var inserted = StopInsertion.Insert(a.Tour.Stops, Fields(a, site.Today), a.Date);
        AtomicFiles.Write(site.Root, [new PlannedFile(a.Tour.Path, (a.Tour.Bom ? "\uFEFF" : "") + inserted.Text)]);
        var last = inserted.FirstLine + inserted.LineCount - 1;
        output.WriteLine($"Passage ajouté à {a.Tour.Path}, lignes {inserted.FirstLine} à {last}, {inserted.Where}.");
        return NewFiles.Check(site, a.Tour.Path, output, d => d.Span.Line >= inserted.FirstLine && d.Span.Line <= last);
    }

    /// <summary>The stop's keys in the README's order, ready for <see cref="StopInsertion"/>.</summary>
    public static IReadOnlyList<StopField> Fields(Answers a, DateOnly today)
    {
        var fields = new List<StopField>();
        if (a.Date is { } date) fields.Add(new StopField("date", IsoDate.Format(date)));
        else
        {
            var r = a.Recurrence!;
            var rule = new List<(string, string)> { ("jour", Vocabularies.Weekdays.Label(r.From.DayOfWeek)), ("frequence", r.Frequency), ("du", IsoDate.Format(r.From)) };
            if (r.Until is { } until) rule.Add(("au", IsoDate.Format(until)));
            fields.Add(new StopField("regulier", null, rule));
        }
        fields.Add(new StopField("code_insee", YamlField.Quote(a.Commune.Code.Value)));
        fields.Add(new StopField("lieu", YamlLines.Scalar(a.Spot, flow: false)));
        if (a.Sessions is { } sessions) fields.Add(new StopField("seances", $"[{string.Join(", ", sessions.Select(YamlField.Quote))}]"));
        if (a.Theme is not null) fields.Add(new StopField("theme", YamlLines.Scalar(a.Theme, flow: false)));
        if (a.Registration is { } registration)
        {
            var group = new List<(string, string)> { ("aupres_de", YamlLines.Scalar(registration.With, flow: true)) };
            if (registration.Phone is not null) group.Add(("telephone", YamlField.Quote(registration.Phone)));
            if (registration.Deadline is { } deadline) group.Add(("avant", IsoDate.Format(deadline)));
            fields.Add(new StopField("inscription", null, group));
        }
        else if (!a.Tour.IsPermanence)
        {
            fields.Add(new StopField("inscription", $"{{ aupres_de: Mairie de {a.Commune.Name}, telephone: \"02 47 12 34 56\" }}", Commented: true));
        }
        fields.Add(new StopField("statut", Vocabularies.StopStatuses.Label(StopStatus.Confirmed)));
        // The tour's date_maj tells subscribed calendars that its stops changed; the stop's own says it alone did, without touching another line.
        var tourUpdated = a.Tour.Stops.RootScalar("date_maj") is { } written && IsoDate.TryParse(written, out var d, out _) ? d : (DateOnly?)null;
        if (tourUpdated is null || tourUpdated < today) fields.Add(new StopField("date_maj", IsoDate.Format(today)));
        return fields;
    }
}
