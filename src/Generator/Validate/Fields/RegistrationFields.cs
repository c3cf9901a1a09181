namespace Relais.Generator.Validate.Fields;

/// <summary>The « inscription » group shared by bus stops and workshops.</summary>
public static class RegistrationFields
{
    public static readonly FieldSpec AupresDe = new("aupres_de", FieldType.Text, "auprès de qui s'inscrire, par exemple « Mairie de Sorigny »") { Required = true };
    public static readonly FieldSpec Telephone = new("telephone", FieldType.Phone, "téléphone pour s'inscrire");
    public static readonly FieldSpec Courriel = new("courriel", FieldType.Email, "courriel pour s'inscrire");
    public static readonly FieldSpec Avant = new("avant", FieldType.Date, "date limite d'inscription, AAAA-MM-JJ");

    public static IReadOnlyList<FieldSpec> All { get; } = [AupresDe, Telephone, Courriel, Avant];

    public static FieldSpec Group(string description) => new("inscription", FieldType.Object, description) { Fields = All };
}
