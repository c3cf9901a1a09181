namespace Relais.Generator.Validate.Fields;

/// <summary>Keys of statiq.json.</summary>
public static class SettingsFields
{
    public static readonly FieldSpec Titre = new("titre", FieldType.Text, "nom du site") { Required = true };
    public static readonly FieldSpec Description = new("description", FieldType.Text, "une phrase qui dit à quoi sert le site") { Required = true };
    public static readonly FieldSpec UrlDeBase = new("url_de_base", FieldType.Url, "adresse publique du site, par exemple « https://numerique-proche.example.org/ »") { Required = true };
    public static readonly FieldSpec Departements = FieldSpec.ListOf("departements", FieldType.Text, "départements couverts, par exemple [\"37\", \"31\", \"65\"]") with { Required = true };
    public static readonly FieldSpec RayonKm = new("rayon_proximite_km", FieldType.Number, "distance en km sous laquelle une offre est « proche »") { Required = true, Minimum = 1, Maximum = 200 };
    public static readonly FieldSpec Langue = new("langue", FieldType.Text, "langue du site : fr-FR") { Required = true };
    public static readonly FieldSpec FuseauHoraire = new("fuseau_horaire", FieldType.Text, "fuseau horaire : Europe/Paris") { Required = true };
    public static readonly FieldSpec Depot = new("depot", FieldType.Url, "adresse du dépôt Git du contenu, pour les liens « proposer une modification »");

    public static readonly FieldSpec TuilesCarte = new("tuiles_carte", FieldType.Text, "modèle d'adresse des tuiles de la carte, avec {z}, {x} et {y} (par défaut celles d'OpenStreetMap)");

    public static readonly FieldSpec SeuilsCouvertureKm = FieldSpec.ListOf("seuils_couverture_km", FieldType.Number,
        "distances en km, croissantes, au-delà desquelles la page de couverture compte les communes loin de l'aide (par défaut [10, 15, 20])");

    public static readonly FieldSpec PoidsDistanceBus = new("poids_distance_bus", FieldType.Number,
        "poids de la distance à l'aide dans « Où envoyer le bus ensuite ? », de 0 à 10 (1 par défaut)") { Minimum = 0, Maximum = 10 };

    public static readonly FieldSpec PoidsHabitantsBus = new("poids_habitants_bus", FieldType.Number,
        "poids du nombre d'habitants dans « Où envoyer le bus ensuite ? », de 0 à 10 (1 par défaut)") { Minimum = 0, Maximum = 10 };

    public static IReadOnlyList<FieldSpec> All { get; } = [Titre, Description, UrlDeBase, Departements, RayonKm, Langue, FuseauHoraire, Depot, TuilesCarte, SeuilsCouvertureKm, PoidsDistanceBus, PoidsHabitantsBus];
}
