using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Scaffold;

/// <summary>`new lieu`: a place of help, content/lieux/&lt;nom&gt;.yml, from the answers the validator requires and a few that matter.</summary>
public static class NewPlace
{
    public sealed record Answers(string Path, string Name, Commune Commune, string Street, string PostalCode, string? Phone, IReadOnlyList<string> Services, IReadOnlyList<string> Typologies, string? Hours);

    public static readonly Question Name = new("--nom", "Nom du lieu", "nom du lieu, tel que le public le connaît", Required: true);
    public static readonly Question Commune = new("--commune", "Commune (nom ou code INSEE)", "nom ou code INSEE de la commune", Required: true, Value: "COMMUNE");
    public static readonly Question Street = new("--adresse", "Adresse (numéro et voie)", "numéro et voie, par exemple « 2 rue de la République »", Required: true);
    public static readonly Question PostalCode = new("--code-postal", "Code postal", "code postal, demandé quand la commune en a plusieurs", Value: "CODE");
    public static readonly Question Phone = new("--telephone", "Téléphone", "téléphone du lieu, par exemple « 02 47 12 34 56 »", Value: "TÉLÉPHONE");
    public static readonly Question Services = new("--services", "Services (numéros ou libellés, séparés par des virgules)",
        "aides proposées : libellés du standard (voir README, « Valeurs autorisées ») séparés par « ; »",
        Required: true, Help: ["Services proposés :", .. AnswerReaders.Numbered(Vocabularies.Services)], Value: "SERVICE", IsList: true);
    public static readonly Question Typologies = new("--typologie", "Type de structure (codes séparés par des virgules : EPN, BIB, MUNI, RFS, ASSO, CS…)",
        "type de structure, codes data.inclusion (EPN, BIB, MUNI, RFS, ASSO…)", Value: "CODE", IsList: true);
    public static readonly Question Hours = new("--horaires", "Horaires au format OpenStreetMap (par exemple « Tu-Fr 14:00-18:00; Sa 10:00-12:00; PH off »)",
        "horaires au format OpenStreetMap, par exemple « Tu-Fr 14:00-18:00; Sa 10:00-12:00; PH off »", Value: "HORAIRES");

    public static IReadOnlyList<Question> Questions { get; } = [Name, Commune, Street, PostalCode, Phone, Services, Typologies, Hours, NewFiles.FileQuestion];

    public static Answers? Ask(Interview interview, ScaffoldSite site)
    {
        var path = "";
        if (interview.Ask(Name, AnswerReaders.Text(), out var name)) NewFiles.Target(interview, site, ContentLayout.Places, [".yml", ".yaml"], name, out path);
        var hasCommune = interview.Ask(Commune, site.Lookup.Reader, out var commune);
        interview.Ask(Street, AnswerReaders.Text(), out var street);
        var postalCode = "";
        if (hasCommune)
        {
            var codes = commune.PostalCodes.Select(p => p.Value).ToList();
            if (codes.Count == 1) postalCode = codes[0];
            else interview.Ask(PostalCode with { Required = true, Help = [$"{commune.Name} a plusieurs codes postaux : {string.Join(", ", codes)}."] }, OneOf(codes), out postalCode);
        }
        interview.Ask(Phone, AnswerReaders.Phone, out var phone);
        interview.Ask(Services, AnswerReaders.Choices(Vocabularies.Services), out var services);
        interview.Ask(Typologies, AnswerReaders.Choices(Vocabularies.Typologies), out var typologies);
        interview.Ask(Hours, AnswerReaders.Hours, out var hours);
        if (!interview.CanGoOn || interview.Missing.Count > 0) return null;
        return new Answers(path, name, commune, street, postalCode, phone, services, typologies ?? [], hours);
    }

    private static AnswerReader<string> OneOf(IReadOnlyList<string> codes) => (string text, out string value, out string error) =>
    {
        value = text.Trim();
        error = codes.Contains(value) ? "" : $"« {value} » n'est pas un code postal de cette commune : {string.Join(", ", codes)}.";
        return error.Length == 0;
    };

    public static string Text(Answers a, DateOnly today)
    {
        var y = new YamlLines();
        y.Raw("# yaml-language-server: $schema=../../schemas/lieu.schema.json");
        y.Comment("Fiche créée avec « relais new lieu ». Les lignes qui commencent par # sont facultatives :");
        y.Comment("retirez le # et remplacez l'exemple pour les remplir.");
        y.Field(YamlField.Scalar("nom", YamlKind.Text, a.Name), "nom du lieu");
        if (a.Typologies.Count > 0) y.Field(YamlField.List("typologie", a.Typologies), "type de structure (codes data.inclusion)");
        else y.Optional("typologie: [EPN]", "type de structure : EPN, BIB, MUNI, RFS, ASSO…");
        y.Field(YamlField.Scalar("adresse", YamlKind.Text, a.Street), "numéro et voie");
        y.Optional("complement_adresse: Rez-de-chaussée", "étage, bâtiment, lieu-dit");
        y.Field(YamlField.Scalar("code_postal", YamlKind.Quoted, a.PostalCode), "code postal");
        y.Field(YamlField.Scalar("code_insee", YamlKind.Quoted, a.Commune.Code.Value), a.Commune.Name);
        y.Optional($"latitude: {Coordinate(a.Commune.Location.Latitude)}", "position exacte du lieu (ici le centre de la commune)");
        y.Optional($"longitude: {Coordinate(a.Commune.Location.Longitude)}", "sans coordonnées : centre de la commune");
        if (a.Phone is not null) y.Field(YamlField.Scalar("telephone", YamlKind.Phone, a.Phone), "téléphone du lieu");
        else y.Optional("telephone: \"02 47 12 34 56\"", "téléphone du lieu");
        y.Optional("courriels: [contact@example.org]", "adresses de courriel");
        y.Optional("site_web: [\"https://example.org/\"]", "site web, en https://");
        if (a.Hours is not null) y.Field(YamlField.Scalar("horaires", YamlKind.Quoted, a.Hours), "format OpenStreetMap");
        else y.Optional("horaires: \"Tu-Fr 14:00-18:00; Sa 10:00-12:00; PH off\"", "format OpenStreetMap (voir README)");
        y.Optional("presentation_resume: Une phrase de 280 caractères au plus.", "affichée en tête de la page");
        y.Field(YamlField.Scalar("date_maj", YamlKind.Date, IsoDate.Format(today)), "date de vérification : à changer à chaque vérification");
        y.Field(YamlField.List("services", a.Services), "aides proposées");
        y.Optional("frais_a_charge: [Gratuit]", "Gratuit, Gratuit sous condition ou Payant");
        y.Optional("modalites_acces: [Se présenter, Téléphoner]", "comment venir chercher de l'aide");
        y.Optional("modalites_accompagnement: [Accompagnement individuel]", "En autonomie, Accompagnement individuel…");
        return y.ToString();
    }

    private static string Coordinate(double value) => value.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
}
