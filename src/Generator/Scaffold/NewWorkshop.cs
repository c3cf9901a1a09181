using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Scaffold;

/// <summary>`new atelier`: a workshop series, content/ateliers/&lt;titre&gt;.md, organised by a place of the site.</summary>
public static class NewWorkshop
{
    /// <summary>Either a weekly rule (<see cref="Weekly"/>) or sessions one by one.</summary>
    public sealed record Answers(
        string Path, string Title, string Organiser, string Venue, string? Street, Commune Commune, string Level, int Seats,
        WeeklySessions? Weekly, IReadOnlyList<(DateOnly Date, TimeRange Time)> Sessions, IReadOnlyList<string> Fees,
        string? RegisterWith, string? RegisterPhone, IReadOnlyList<string> Services);

    public sealed record WeeklySessions(DateOnly From, DateOnly To, TimeRange Time);

    /// <summary>What `new atelier` takes from the organiser's file as defaults.</summary>
    private sealed record Organiser(string Slug, string? Name, string? CodeInsee, string? Street, string? Phone);

    public static readonly Question Title = new("--titre", "Titre de l'atelier", "titre de l'atelier", Required: true);
    public static readonly Question OrganiserSlug = new("--organisateur", "Lieu qui organise (nom du fichier dans content/lieux, sans « .yml »)",
        "lieu qui organise : nom du fichier dans content/lieux, sans « .yml »", Required: true, Value: "LIEU");
    public static readonly Question Commune = new("--commune", "Commune de la salle (nom ou code INSEE)", "commune de la salle, nom ou code INSEE (par défaut : celle de l'organisateur)", Required: true, Value: "COMMUNE");
    public static readonly Question Venue = new("--lieu", "Salle des séances (par exemple « Salle du conseil de la mairie »)", "salle où se tiennent les séances", Required: true);
    public static readonly Question Street = new("--adresse", "Adresse de la salle", "adresse de la salle (par défaut : celle de l'organisateur, dans sa commune)");
    public static readonly Question Level = new("--niveau", "Niveau", "debutant, intermediaire, avance ou tous", Required: true,
        Help: ["Niveaux :", .. AnswerReaders.Numbered(Vocabularies.Levels)], Value: "NIVEAU");
    public static readonly Question Seats = new("--places", "Places par groupe", "nombre de participants par groupe", Required: true, Value: "NOMBRE");
    public static readonly Question From = new("--du", "Première séance (AAAA-MM-JJ) : les suivantes ont lieu chaque semaine, le même jour",
        "première séance d'une série hebdomadaire, AAAA-MM-JJ ; ou bien --seance, répété pour chaque séance", Required: true, Value: "DATE");
    public static readonly Question To = new("--au", "Dernière séance au plus tard (AAAA-MM-JJ)", "dernière séance au plus tard, AAAA-MM-JJ", Required: true, Value: "DATE");
    public static readonly Question Time = new("--horaire", "Horaire des séances (par exemple « 14:00-16:30 »)", "horaire des séances, par exemple « 14:00-16:30 »", Required: true, Value: "HORAIRE");
    public static readonly Question Session = new("--seance", "Séance (AAAA-MM-JJ HH:MM-HH:MM)",
        "une séance, « AAAA-MM-JJ HH:MM-HH:MM », à répéter pour chaque séance (au lieu de --du, --au et --horaire)", Value: "SÉANCE", IsList: true);
    public static readonly Question Fees = new("--frais", "Frais (numéros ou libellés)", "Gratuit, Gratuit sous condition ou Payant", Required: true,
        Help: ["Frais :", .. AnswerReaders.Numbered(Vocabularies.Fees)], Value: "FRAIS", IsList: true);
    public static readonly Question RegisterWith = new("--inscription-aupres-de", "Inscription auprès de", "auprès de qui s'inscrire (par défaut : l'organisateur)");
    public static readonly Question RegisterPhone = new("--inscription-telephone", "Téléphone pour s'inscrire", "téléphone pour s'inscrire (par défaut : celui de l'organisateur)", Value: "TÉLÉPHONE");
    public static readonly Question Services = new("--services", "Ce qui est appris (numéros ou libellés, séparés par des virgules)",
        "ce qui est appris, libellés du standard séparés par « ; »", Help: ["Services :", .. AnswerReaders.Numbered(Vocabularies.Services)], Value: "SERVICE", IsList: true);

    public static IReadOnlyList<Question> Questions { get; } =
        [Title, OrganiserSlug, Commune, Venue, Street, Level, Seats, From, To, Time, Session, Fees, RegisterWith, RegisterPhone, Services, NewFiles.FileQuestion];

    public static Answers? Ask(Interview interview, ScaffoldSite site)
    {
        var path = "";
        if (interview.Ask(Title, AnswerReaders.Text(), out var title)) NewFiles.Target(interview, site, ContentLayout.Workshops, [".md"], title, out path);
        interview.Ask(OrganiserSlug, PlaceFile(site), out var organiser);
        var ownCommune = organiser?.CodeInsee is { } code ? site.Lookup.ByCode(code) : null;
        var communeQuestion = ownCommune is null ? Commune : Commune with { Default = ownCommune.Code.Value, Prompt = $"Commune de la salle (nom ou code INSEE ; Entrée : {ownCommune.Name})" };
        var hasCommune = interview.Ask(communeQuestion, site.Lookup.Reader, out var commune);
        interview.Ask(Venue, AnswerReaders.Text(), out var venue);
        var sameCommune = hasCommune && ownCommune is not null && commune.Code == ownCommune.Code;
        interview.Ask(sameCommune && organiser!.Street is { } street ? Street with { Default = street } : Street, AnswerReaders.Text(), out var address);
        interview.Ask(Level, AnswerReaders.Choice(Vocabularies.Levels), out var level);
        interview.Ask(Seats, AnswerReaders.Integer(1, 100), out var seats);

        WeeklySessions? weekly = null;
        IReadOnlyList<(DateOnly, TimeRange)> sessions = [];
        var oneByOne = interview.Has(Session.Flag)
            || !interview.Has(From.Flag) && !interview.Has(To.Flag) && !interview.Has(Time.Flag)
                && !interview.Confirm("Les séances ont-elles lieu chaque semaine, le même jour à la même heure ?", byDefault: true);
        if (oneByOne) sessions = AskSessions(interview);
        else weekly = AskWeekly(interview);

        interview.Ask(Fees, AnswerReaders.Choices(Vocabularies.Fees), out var fees);
        interview.Ask(organiser?.Name is { } organiserName ? RegisterWith with { Default = organiserName } : RegisterWith, AnswerReaders.Text(), out var registerWith);
        interview.Ask(organiser?.Phone is { } organiserPhone ? RegisterPhone with { Default = organiserPhone } : RegisterPhone, AnswerReaders.Phone, out var registerPhone);
        if (registerPhone is not null && registerWith is null && interview.CanGoOn && !interview.IsAsking)
            interview.Fail($"{RegisterPhone.Flag} sans {RegisterWith.Flag} : dites aussi auprès de qui s'inscrire.");
        interview.Ask(Services, AnswerReaders.Choices(Vocabularies.Services), out var services);
        if (!interview.CanGoOn || interview.Missing.Count > 0) return null;
        return new Answers(path, title, organiser!.Slug, venue, address, commune, level, seats, weekly, sessions, fees,
            registerWith, registerWith is null ? null : registerPhone, services ?? []);
    }

    private static WeeklySessions? AskWeekly(Interview interview)
    {
        var hasFrom = interview.Ask(From, AnswerReaders.Date, out var from);
        var hasTo = interview.Ask(hasFrom ? To with { Prompt = $"Dernière séance au plus tard (AAAA-MM-JJ, le {Vocabularies.Weekdays.Label(from.DayOfWeek)} {IsoDate.Format(from)} ou après)" } : To,
            (string text, out DateOnly value, out string error) =>
            {
                if (!AnswerReaders.Date(text, out value, out error)) return false;
                if (!hasFrom || value >= from) return true;
                error = $"le {IsoDate.Format(value)} précède la première séance ({IsoDate.Format(from)}).";
                return false;
            }, out var to);
        var hasTime = interview.Ask(Time, AnswerReaders.Session, out var time);
        return hasFrom && hasTo && hasTime ? new WeeklySessions(from, to, time) : null;
    }

    /// <summary>From --seance (each « AAAA-MM-JJ HH:MM-HH:MM »), or asked one by one until an empty line.</summary>
    private static List<(DateOnly, TimeRange)> AskSessions(Interview interview)
    {
        var sessions = new List<(DateOnly Date, TimeRange Time)>();
        if (interview.Has(Session.Flag) || !interview.IsAsking)
        {
            if (interview.Ask<IReadOnlyList<(DateOnly, TimeRange)>>(Session with { Required = true }, SessionList, out var given)) sessions.AddRange(given);
            return sessions;
        }
        interview.Say("Écrivez une séance par ligne (date et horaire, par exemple « 2027-01-18 09:30-12:00 ») ; une ligne vide pour finir.");
        while (interview.CanGoOn)
        {
            var question = Session with { Prompt = $"Séance {sessions.Count + 1}", Required = sessions.Count == 0 };
            var taken = sessions.Select(s => s.Date).ToList();
            if (!interview.Ask(question, (string text, out (DateOnly, TimeRange) value, out string error) => OneSession(text, taken, out value, out error), out var session)) break;
            sessions.Add(session);
        }
        return sessions;
    }

    private static bool SessionList(string text, out IReadOnlyList<(DateOnly, TimeRange)> value, out string error)
    {
        var sessions = new List<(DateOnly Date, TimeRange Time)>();
        value = sessions;
        error = "";
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!OneSession(part, sessions.Select(s => s.Date).ToList(), out var session, out error)) return false;
            sessions.Add(session);
        }
        sessions.Sort((a, b) => a.Date.CompareTo(b.Date));
        return true;
    }

    private static bool OneSession(string text, IReadOnlyList<DateOnly> taken, out (DateOnly, TimeRange) value, out string error)
    {
        value = default;
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            error = $"« {text.Trim()} » : écrivez la date puis l'horaire, par exemple « 2027-01-18 09:30-12:00 ».";
            return false;
        }
        if (!AnswerReaders.Date(parts[0], out var date, out error) || !AnswerReaders.Session(parts[1], out var time, out error)) return false;
        if (taken.Contains(date))
        {
            error = $"une séance le {IsoDate.Format(date)} est déjà donnée.";
            return false;
        }
        value = (date, time);
        return true;
    }

    /// <summary>A place of content/lieux by its file name (with or without « .yml »), with its facts for the defaults.</summary>
    private static AnswerReader<Organiser> PlaceFile(ScaffoldSite site) => (string text, out Organiser value, out string error) =>
    {
        value = null!;
        error = "";
        var slug = System.IO.Path.GetFileNameWithoutExtension(text.Trim());
        var folder = site.PathOf(ContentLayout.Places);
        var file = new[] { ".yml", ".yaml" }.Select(e => System.IO.Path.Combine(folder, slug + e)).FirstOrDefault(File.Exists);
        if (file is null)
        {
            var known = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(System.IO.Path.GetFileNameWithoutExtension).OfType<string>().ToList() : [];
            error = $"aucun lieu « {slug} » dans {ContentLayout.Places}.{Suggest.DidYouMean(slug, known)} Un atelier est organisé par un lieu du site : créez-le d'abord avec « relais new lieu ».";
            return false;
        }
        var content = SourceText.Read(file, out _);
        var map = content is null ? null : YamlTreeReader.Read(content, file, 0, new Diagnostics.DiagnosticBag()) as RawMap;
        string? Field(string key) => map?.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value is RawScalar { IsNull: false } s ? s.Value.Trim() : null;
        var phone = Field("telephone") is { } written && AnswerReaders.Phone(written, out var display, out _) ? display : null;
        value = new Organiser(slug, Field("nom"), Field("code_insee"), Field("adresse"), phone);
        return true;
    };

    public static string Text(Answers a, DateOnly today)
    {
        var y = new YamlLines();
        y.Raw("---");
        y.Raw("# yaml-language-server: $schema=../../schemas/atelier.schema.json");
        y.Comment("Série d'ateliers créée avec « relais new atelier ». Les lignes qui commencent par # sont facultatives :");
        y.Comment("retirez le # et remplacez l'exemple pour les remplir. Le programme s'écrit après la ligne « --- ».");
        y.Field(YamlField.Scalar("titre", YamlKind.Text, a.Title), "titre de l'atelier");
        y.Field(YamlField.Scalar("organisateur", YamlKind.Text, a.Organiser), "lieu qui organise (fichier de content/lieux)");
        y.Field(YamlField.Scalar("lieu", YamlKind.Text, a.Venue), "salle des séances");
        if (a.Street is not null) y.Field(YamlField.Scalar("adresse", YamlKind.Text, a.Street), "adresse de la salle");
        else y.Optional("adresse: 1 place de la Mairie", "adresse de la salle");
        y.Field(YamlField.Scalar("code_insee", YamlKind.Quoted, a.Commune.Code.Value), a.Commune.Name);
        y.Field(YamlField.Scalar("niveau", YamlKind.Text, a.Level), "debutant, intermediaire, avance ou tous");
        y.Field(YamlField.Scalar("places", YamlKind.Number, a.Seats.ToString(System.Globalization.CultureInfo.InvariantCulture)), "participants par groupe");
        y.Optional($"places_libres: {a.Seats}", "places encore libres");
        if (a.Weekly is { } w)
        {
            y.Key("chaque_semaine", "une séance chaque semaine (ou bien « dates: », séance par séance)");
            y.Field(YamlField.Scalar("jour", YamlKind.Text, Vocabularies.Weekdays.Label(w.From.DayOfWeek)), indent: 2);
            y.Field(YamlField.Scalar("horaire", YamlKind.Quoted, w.Time.ToString()), indent: 2);
            y.Field(YamlField.Scalar("du", YamlKind.Date, IsoDate.Format(w.From)), "première séance", indent: 2);
            y.Field(YamlField.Scalar("au", YamlKind.Date, IsoDate.Format(w.To)), "dernière séance au plus tard", indent: 2);
            y.Optional($"sauf: [{IsoDate.Format(w.From.AddDays(7))}]", "jours sans séance (vacances, jours fériés)", indent: 2);
        }
        else
        {
            y.Key("dates", "séances une à une");
            foreach (var (date, time) in a.Sessions)
                y.Raw($"  - {YamlLines.FlowMap([("date", IsoDate.Format(date)), ("horaire", YamlField.Quote(time.ToString()))])}");
        }
        y.Field(YamlField.List("frais_a_charge", a.Fees), "Gratuit, Gratuit sous condition ou Payant");
        y.Optional("tarif: 20 € l'année", "prix en clair, si l'atelier est payant");
        y.Optional("pass_numerique: oui", "chèques APTIC (Pass numérique) acceptés : oui ou non");
        if (a.RegisterWith is not null)
        {
            var entries = new List<(string, string)> { ("aupres_de", YamlLines.Scalar(a.RegisterWith, flow: true)) };
            if (a.RegisterPhone is not null) entries.Add(("telephone", YamlField.Quote(a.RegisterPhone)));
            y.Raw(YamlLines.WithComment($"inscription: {YamlLines.FlowMap(entries)}", "comment s'inscrire"));
        }
        else
        {
            y.Optional("inscription: { aupres_de: Mairie, telephone: \"02 47 12 34 56\" }", "comment s'inscrire");
        }
        if (a.Services.Count > 0) y.Field(YamlField.List("services", a.Services), "ce qui est appris");
        else y.Optional("services: [Maîtrise des outils numériques du quotidien]", "ce qui est appris");
        y.Optional("publics: [Seniors]", "publics visés");
        y.Optional("resume: Une phrase qui résume l'atelier.", "280 caractères au plus");
        // Raised at each change of a time, a room or a date: subscribed calendars take the new version by it.
        y.Field(YamlField.Scalar("date_maj", YamlKind.Date, IsoDate.Format(today)), "dernière modification des séances : à changer à chaque modification");
        y.Raw("---");
        y.Raw("## Au programme");
        y.Raw("");
        y.Raw("Décrivez ici ce que l'on apprend, séance après séance (texte en Markdown).");
        return y.ToString();
    }
}
