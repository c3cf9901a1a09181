using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Scaffold;

/// <summary>`new tournee`: a bus, content/tournees/&lt;nom&gt;.yml, without stops (`new arret` adds them).</summary>
public static class NewTour
{
    public sealed record Answers(string Path, string Name, string Operator, string? Phone, string Format, string? Reception, int? Seats, IReadOnlyList<string> Sessions);

    public static readonly Question Name = new("--nom", "Nom du bus ou de la tournée", "nom du bus ou de la tournée", Required: true);
    public static readonly Question Operator = new("--operateur", "Structure qui fait rouler le bus", "structure qui fait rouler le bus", Required: true);
    public static readonly Question Phone = new("--telephone", "Téléphone de l'opérateur", "téléphone de l'opérateur, par exemple « 02 47 12 34 56 »", Value: "TÉLÉPHONE");
    public static readonly Question Format = new("--format", "Format : atelier (ateliers collectifs, avec des places) ou permanence (une personne à la fois)",
        "atelier ou permanence", Default: "atelier", Value: "atelier|permanence");
    public static readonly Question Reception = new("--accueil", "Accueil de la permanence : sur_rendez_vous ou sans_rendez_vous",
        "pour une permanence : sur_rendez_vous ou sans_rendez_vous", Default: "sur_rendez_vous", Value: "ACCUEIL");
    public static readonly Question Seats = new("--places", "Places par séance (postes dans le bus)", "places par séance, pour des ateliers", Value: "NOMBRE");
    public static readonly Question Sessions = new("--seances", "Séances d'une journée type (par exemple « 09:00-12:00, 14:00-17:00 »)",
        "séances d'une journée type, par exemple « 09:00-12:00, 14:00-17:00 »", Required: true, Value: "HORAIRES");

    public static IReadOnlyList<Question> Questions { get; } = [Name, Operator, Phone, Format, Reception, Seats, Sessions, NewFiles.FileQuestion];

    public static Answers? Ask(Interview interview, ScaffoldSite site)
    {
        var path = "";
        if (interview.Ask(Name, AnswerReaders.Text(), out var name)) NewFiles.Target(interview, site, ContentLayout.Tours, [".yml", ".yaml"], name, out path);
        interview.Ask(Operator, AnswerReaders.Text(), out var @operator);
        interview.Ask(Phone, AnswerReaders.Phone, out var phone);
        interview.Ask(Format, AnswerReaders.Choice(Vocabularies.StopFormats), out var format);
        string? reception = null;
        int? seats = null;
        if (format == Vocabularies.StopFormats.Label(StopFormat.Permanence))
        {
            if (interview.Has(Seats.Flag)) interview.Fail($"{Seats.Flag} : une permanence reçoit une personne à la fois, elle n'a pas de places. Retirez {Seats.Flag}, ou écrivez « {Format.Flag} atelier ».");
            interview.Ask(Reception, AnswerReaders.Choice(Vocabularies.Receptions), out reception);
        }
        else
        {
            if (interview.Has(Reception.Flag)) interview.Fail($"{Reception.Flag} décrit une permanence : ajoutez « {Format.Flag} permanence », ou retirez {Reception.Flag}.");
            if (interview.Ask(Seats with { Required = true }, AnswerReaders.Integer(1, 100), out var count)) seats = count;
        }
        interview.Ask(Sessions, AnswerReaders.Sessions, out var sessions);
        if (!interview.CanGoOn || interview.Missing.Count > 0) return null;
        return new Answers(path, name, @operator, phone, format, reception, seats, sessions);
    }

    public static string Text(Answers a, DateOnly today)
    {
        var slug = System.IO.Path.GetFileNameWithoutExtension(a.Path);
        var y = new YamlLines();
        y.Raw("# yaml-language-server: $schema=../../schemas/tournee.schema.json");
        y.Comment("Tournée créée avec « relais new tournee ». Les lignes qui commencent par # sont facultatives :");
        y.Comment("retirez le # et remplacez l'exemple pour les remplir.");
        y.Field(YamlField.Scalar("nom", YamlKind.Text, a.Name), "nom du bus");
        y.Field(YamlField.Scalar("operateur", YamlKind.Text, a.Operator), "structure qui fait rouler le bus");
        // Left empty, « contact: » would be null, which the schema (and so VS Code) refuses: without a phone the group is commented out.
        if (a.Phone is not null)
        {
            y.Key("contact", "comment joindre l'opérateur");
            y.Field(YamlField.Scalar("telephone", YamlKind.Phone, a.Phone), indent: 2);
            y.Optional("courriel: bus@example.org", indent: 2);
        }
        else
        {
            y.Optional("contact:", "comment joindre l'opérateur");
            y.Optional("  telephone: \"02 47 12 34 56\"");
            y.Optional("  courriel: bus@example.org");
        }
        y.Field(YamlField.Scalar("format", YamlKind.Text, a.Format), a.Reception is null ? "atelier : ateliers collectifs, avec des places" : "une personne à la fois, sans places");
        if (a.Reception is not null) y.Field(YamlField.Scalar("accueil", YamlKind.Text, a.Reception), "sur_rendez_vous ou sans_rendez_vous");
        if (a.Seats is { } seats)
        {
            y.Field(YamlField.Scalar("places", YamlKind.Number, seats.ToString(System.Globalization.CultureInfo.InvariantCulture)), "postes par séance");
            y.Optional($"inscrits_minimum: {Math.Max(1, seats / 2)}", "en dessous, le passage est annulé");
        }
        y.Field(YamlField.List("seances_par_defaut", a.Sessions, YamlKind.Quoted), "séances d'une journée type");
        y.Optional("financeurs: [Conseil départemental]", "affichés sur les affiches");
        y.Optional("services: [Maîtrise des outils numériques du quotidien]", "aides proposées à bord");
        y.Optional("frais_a_charge: [Gratuit]", "Gratuit, Gratuit sous condition ou Payant");
        y.Optional("publics: [Seniors]", "publics visés");
        y.Optional("presentation: |", "présentation du bus, en Markdown");
        y.Optional("  Ce que l'on trouve dans le bus, ce qu'on y apprend.");
        y.Field(YamlField.Scalar("date_maj", YamlKind.Date, IsoDate.Format(today)), "dernière modification des passages");
        y.Raw(YamlLines.WithComment("arrets: []", $"passages : « relais new arret --tournee {slug} » en ajoute un"));
        return y.ToString();
    }
}
