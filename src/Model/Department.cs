namespace Relais.Model;

/// <summary>A French department: its code, its name and the article French puts before it
/// (« l' », « la », « le », « les », or none as for « Indre-et-Loire » or « Paris »).</summary>
public sealed record Department(string Code, string Name, string Article = "")
{
    /// <summary>« 37-indre-et-loire ».</summary>
    public string Slug => $"{Code.ToLowerInvariant()}-{Slugs.From(Name)}";

    /// <summary>« Indre-et-Loire (37) ».</summary>
    public string Label => $"{Name} ({Code})";

    /// <summary>
    /// « l'Indre-et-Loire », « la Haute-Garonne », « les Hautes-Pyrénées », « Paris »: as in « qui couvre … ».
    /// The names written without an article after « de » (« d'Indre-et-Loire ») take one here.
    /// </summary>
    public string NameWithArticle => (Article, Code) switch
    {
        ("", "49") => $"le {Name}",
        ("", "54" or "71" or "77") => $"la {Name}",
        ("", "75" or "974" or "976") => Name,
        ("", _) => $"l'{Name}", // Eure-et-Loir, Ille-et-Vilaine, Indre-et-Loire
        (var article, _) when article.EndsWith('\'') => article + Name,
        (var article, _) => $"{article} {Name}",
    };

    /// <summary>« de l'Ain (01) », « d'Indre-et-Loire (37) », « de la Haute-Garonne (31) », « du Nord (59) »,
    /// « des Hautes-Pyrénées (65) ».</summary>
    public string OfLabel => Article switch
    {
        "le" => $"du {Label}",
        "les" => $"des {Label}",
        "" => French.Fr.Of(Label),
        _ => $"de {Article}{(Article.EndsWith('\'') ? "" : " ")}{Label}",
    };
}

/// <summary>The 101 departments (COG); the commune list gives each commune's code.</summary>
public static class Departments
{
    private static readonly Dictionary<string, Department> ByCode = new Department[]
    {
        new("01", "Ain", "l'"),
        new("02", "Aisne", "l'"),
        new("03", "Allier", "l'"),
        new("04", "Alpes-de-Haute-Provence", "les"),
        new("05", "Hautes-Alpes", "les"),
        new("06", "Alpes-Maritimes", "les"),
        new("07", "Ardèche", "l'"),
        new("08", "Ardennes", "les"),
        new("09", "Ariège", "l'"),
        new("10", "Aube", "l'"),
        new("11", "Aude", "l'"),
        new("12", "Aveyron", "l'"),
        new("13", "Bouches-du-Rhône", "les"),
        new("14", "Calvados", "le"),
        new("15", "Cantal", "le"),
        new("16", "Charente", "la"),
        new("17", "Charente-Maritime", "la"),
        new("18", "Cher", "le"),
        new("19", "Corrèze", "la"),
        new("2A", "Corse-du-Sud", "la"),
        new("2B", "Haute-Corse", "la"),
        new("21", "Côte-d'Or", "la"),
        new("22", "Côtes-d'Armor", "les"),
        new("23", "Creuse", "la"),
        new("24", "Dordogne", "la"),
        new("25", "Doubs", "le"),
        new("26", "Drôme", "la"),
        new("27", "Eure", "l'"),
        new("28", "Eure-et-Loir"),
        new("29", "Finistère", "le"),
        new("30", "Gard", "le"),
        new("31", "Haute-Garonne", "la"),
        new("32", "Gers", "le"),
        new("33", "Gironde", "la"),
        new("34", "Hérault", "l'"),
        new("35", "Ille-et-Vilaine"),
        new("36", "Indre", "l'"),
        new("37", "Indre-et-Loire"),
        new("38", "Isère", "l'"),
        new("39", "Jura", "le"),
        new("40", "Landes", "les"),
        new("41", "Loir-et-Cher", "le"),
        new("42", "Loire", "la"),
        new("43", "Haute-Loire", "la"),
        new("44", "Loire-Atlantique", "la"),
        new("45", "Loiret", "le"),
        new("46", "Lot", "le"),
        new("47", "Lot-et-Garonne", "le"),
        new("48", "Lozère", "la"),
        new("49", "Maine-et-Loire"),
        new("50", "Manche", "la"),
        new("51", "Marne", "la"),
        new("52", "Haute-Marne", "la"),
        new("53", "Mayenne", "la"),
        new("54", "Meurthe-et-Moselle"),
        new("55", "Meuse", "la"),
        new("56", "Morbihan", "le"),
        new("57", "Moselle", "la"),
        new("58", "Nièvre", "la"),
        new("59", "Nord", "le"),
        new("60", "Oise", "l'"),
        new("61", "Orne", "l'"),
        new("62", "Pas-de-Calais", "le"),
        new("63", "Puy-de-Dôme", "le"),
        new("64", "Pyrénées-Atlantiques", "les"),
        new("65", "Hautes-Pyrénées", "les"),
        new("66", "Pyrénées-Orientales", "les"),
        new("67", "Bas-Rhin", "le"),
        new("68", "Haut-Rhin", "le"),
        new("69", "Rhône", "le"),
        new("70", "Haute-Saône", "la"),
        new("71", "Saône-et-Loire"),
        new("72", "Sarthe", "la"),
        new("73", "Savoie", "la"),
        new("74", "Haute-Savoie", "la"),
        new("75", "Paris"),
        new("76", "Seine-Maritime", "la"),
        new("77", "Seine-et-Marne"),
        new("78", "Yvelines", "les"),
        new("79", "Deux-Sèvres", "les"),
        new("80", "Somme", "la"),
        new("81", "Tarn", "le"),
        new("82", "Tarn-et-Garonne", "le"),
        new("83", "Var", "le"),
        new("84", "Vaucluse", "le"),
        new("85", "Vendée", "la"),
        new("86", "Vienne", "la"),
        new("87", "Haute-Vienne", "la"),
        new("88", "Vosges", "les"),
        new("89", "Yonne", "l'"),
        new("90", "Territoire de Belfort", "le"),
        new("91", "Essonne", "l'"),
        new("92", "Hauts-de-Seine", "les"),
        new("93", "Seine-Saint-Denis", "la"),
        new("94", "Val-de-Marne", "le"),
        new("95", "Val-d'Oise", "le"),
        new("971", "Guadeloupe", "la"),
        new("972", "Martinique", "la"),
        new("973", "Guyane", "la"),
        new("974", "La Réunion"),
        new("976", "Mayotte"),
    }.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static Department Get(string code) => ByCode.TryGetValue(code, out var department) ? department : new Department(code, $"Département {code}", "le");
}
