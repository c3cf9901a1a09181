using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate.Fields;

/// <summary>Keys of content/lieux/*.yml: the national standard's field names (the file name gives « id »).</summary>
public static class PlaceFields
{
    public static readonly FieldSpec Nom = new("nom", FieldType.Text, "nom du lieu") { Required = true };
    public static readonly FieldSpec Pivot = new("pivot", FieldType.Text, "SIRET (14 chiffres) ou numéro RNA (W suivi de 9 chiffres) de la structure");
    public static readonly FieldSpec Typologie = FieldSpec.ChoiceList("typologie", Vocabularies.Typologies, "type de structure, codes data.inclusion (ASSO, BIB, MUNI, RFS, EPN…)");
    public static readonly FieldSpec Adresse = new("adresse", FieldType.Text, "numéro et voie, par exemple « 2 rue de la République »") { Required = true };
    public static readonly FieldSpec ComplementAdresse = new("complement_adresse", FieldType.Text, "étage, bâtiment, lieu-dit");
    public static readonly FieldSpec CodePostal = new("code_postal", FieldType.CodePostal, "code postal, 5 chiffres") { Required = true };
    public static readonly FieldSpec CodeInsee = new("code_insee", FieldType.CodeInsee, "code INSEE de la commune (voir content/communes.csv)") { Required = true };
    public static readonly FieldSpec Commune = new("commune", FieldType.Text, "nom de la commune (facultatif : déduit du code INSEE)");
    public static readonly FieldSpec Latitude = new("latitude", FieldType.Number, "latitude WGS84 en degrés décimaux, par exemple 47.1286") { Minimum = -90, Maximum = 90 };
    public static readonly FieldSpec Longitude = new("longitude", FieldType.Number, "longitude WGS84 en degrés décimaux, par exemple 0.9953") { Minimum = -180, Maximum = 180 };
    public static readonly FieldSpec Telephone = new("telephone", FieldType.Phone, "téléphone, par exemple « 02 47 12 34 56 »");
    public static readonly FieldSpec Courriels = FieldSpec.ListOf("courriels", FieldType.Email, "adresses de courriel de contact");
    public static readonly FieldSpec SiteWeb = FieldSpec.ListOf("site_web", FieldType.Url, "sites web ou pages de réseaux sociaux, en https://");
    public static readonly FieldSpec Horaires = new("horaires", FieldType.OpeningHours, "horaires au format OpenStreetMap, par exemple « Tu-Fr 14:00-18:00; Sa 10:00-12:00; PH off »");
    public static readonly FieldSpec HorairesTexte = new("horaires_texte", FieldType.Text, "horaires tels que le lieu les a écrits, quand ils ne sont pas au format OpenStreetMap (souvent après un import) : à convertir dans « horaires »");
    public static readonly FieldSpec PresentationResume = new("presentation_resume", FieldType.Text, "présentation courte, 280 caractères au plus") { MaxLength = 280 };
    public static readonly FieldSpec PresentationDetail = new("presentation_detail", FieldType.Markdown, "présentation détaillée, en Markdown");
    public static readonly FieldSpec Source = new("source", FieldType.Text, "structure qui a collecté ces données");
    public static readonly FieldSpec StructureParente = new("structure_parente", FieldType.Text, "réseau ou structure dont dépend le lieu");
    public static readonly FieldSpec Itinerance = FieldSpec.ChoiceList("itinerance", Vocabularies.Itinerances, "lieu fixe ou itinérant");
    public static readonly FieldSpec DateMaj = new("date_maj", FieldType.Date, "date de dernière vérification des informations, AAAA-MM-JJ") { Required = true };
    public static readonly FieldSpec Services = FieldSpec.ChoiceList("services", Vocabularies.Services, "aides proposées") with { Required = true };
    public static readonly FieldSpec Publics = FieldSpec.ChoiceList("publics_specifiquement_adresses", Vocabularies.Audiences, "publics auxquels le lieu est réservé (vide : tout public)");
    public static readonly FieldSpec PriseEnCharge = FieldSpec.ChoiceList("prise_en_charge_specifique", Vocabularies.SpecificSupports, "besoins particuliers que le lieu sait accompagner");
    public static readonly FieldSpec Frais = FieldSpec.ChoiceList("frais_a_charge", Vocabularies.Fees, "conditions financières");
    public static readonly FieldSpec Dispositifs = FieldSpec.ChoiceList("dispositif_programmes_nationaux", Vocabularies.NationalProgrammes, "dispositifs nationaux dont fait partie le lieu");
    public static readonly FieldSpec FormationsLabels = FieldSpec.ChoiceList("formations_labels", Vocabularies.TrainingLabels, "formations et labels obtenus");
    public static readonly FieldSpec AutresFormationsLabels = new("autres_formations_labels", FieldType.Text, "autres formations ou labels");
    public static readonly FieldSpec ModalitesAcces = FieldSpec.ChoiceList("modalites_acces", Vocabularies.AccessModes, "comment venir chercher de l'aide");
    public static readonly FieldSpec ModalitesAccompagnement = FieldSpec.ChoiceList("modalites_accompagnement", Vocabularies.SupportModes, "formes d'accompagnement");
    public static readonly FieldSpec FicheAccesLibre = new("fiche_acces_libre", FieldType.Url, "fiche d'accessibilité sur acceslibre.beta.gouv.fr");
    public static readonly FieldSpec PriseRdv = new("prise_rdv", FieldType.Url, "page de prise de rendez-vous en ligne");

    public static IReadOnlyList<FieldSpec> All { get; } =
    [
        Nom, Pivot, Typologie, Adresse, ComplementAdresse, CodePostal, CodeInsee, Commune, Latitude, Longitude,
        Telephone, Courriels, SiteWeb, Horaires, HorairesTexte, PresentationResume, PresentationDetail, Source, StructureParente,
        Itinerance, DateMaj, Services, Publics, PriseEnCharge, Frais, Dispositifs, FormationsLabels,
        AutresFormationsLabels, ModalitesAcces, ModalitesAccompagnement, FicheAccesLibre, PriseRdv,
    ];
}
