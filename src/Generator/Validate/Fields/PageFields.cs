namespace Relais.Generator.Validate.Fields;

/// <summary>Front matter keys of input/*.md.</summary>
public static class PageFields
{
    public static readonly FieldSpec Titre = new("titre", FieldType.Text, "titre de la page") { Required = true };
    public static readonly FieldSpec Description = new("description", FieldType.Text, "une phrase pour les moteurs de recherche") { MaxLength = 200 };
    public static readonly FieldSpec Ordre = new("ordre", FieldType.Integer, "position dans le menu (1 en premier)") { Minimum = 0, Maximum = 1000 };
    public static readonly FieldSpec Menu = new("menu", FieldType.Boolean, "afficher dans le menu : oui ou non (oui par défaut)");

    public static IReadOnlyList<FieldSpec> All { get; } = [Titre, Description, Ordre, Menu];
}
