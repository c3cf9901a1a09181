using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using F = Relais.Generator.Validate.Fields.PageFields;

namespace Relais.Generator.Validate;

/// <summary>input/*.md → <see cref="InputPage"/>.</summary>
public static class BindPages
{
    /// <summary>Pages without « ordre » come after those with one.</summary>
    private const int DefaultOrder = 100;

    public static IReadOnlyList<InputPage> Run(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics) =>
        LeftOut.BindFiles(files, F.All, diagnostics, Bind);

    private static InputPage? Bind(ContentFile file, RecordReader r)
    {
        var title = r.Text(F.Titre);
        var description = r.Text(F.Description);
        var order = r.Integer(F.Ordre) ?? DefaultOrder;
        var inMenu = r.Boolean(F.Menu) ?? true;
        return title is null ? null : new InputPage(file.Slug, r.Anchor, title, description, order, inMenu, file.Body ?? "");
    }
}
