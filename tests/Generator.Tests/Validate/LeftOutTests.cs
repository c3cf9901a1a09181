using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Generator.Validate.Fields;

namespace Relais.Generator.Tests.Validate;

/// <summary>
/// The safety net behind a passing validation: a record a binder drops without an error of its own
/// is reported, so that a gap in a binder shows as an error rather than as a missing page.
/// </summary>
public sealed class LeftOutTests
{
    private const string File = "content/tournees/bus.yml";

    private const string Tour = """
        nom: Bus
        arrets:
          - date: 2027-03-09
            lieu: Place de l'Église
          - date: 2027-03-10
            lieu: Place du Marché

        """;

    private static ContentFile Read(string text, DiagnosticBag diagnostics) =>
        new(File, "bus", YamlTreeReader.Read(text, File, 0, diagnostics), null);

    [Fact]
    public void A_file_left_out_without_an_error_is_reported_on_its_first_key()
    {
        var diagnostics = new DiagnosticBag();
        var file = Read("nom: Bus\n", diagnostics);

        var records = LeftOut.BindFiles<string>([file], [TourFields.Nom], diagnostics, (_, _) => null);

        Assert.Empty(records);
        DiagnosticAssert.Single(diagnostics.Sorted(), "OFF0008", $"{File}:1:1", "n'est pas pris en compte", "champ obligatoire (nom)", "signalez-le");
        Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void A_file_left_out_with_an_error_of_its_own_is_not_reported_again()
    {
        var diagnostics = new DiagnosticBag();
        var file = Read("nom: Bus\n", diagnostics);

        LeftOut.BindFiles<string>([file], [TourFields.Nom], diagnostics, (_, r) =>
        {
            r.Report(DiagnosticCatalog.InvalidSetting, TourFields.Nom, "faux.");
            return null;
        });

        Assert.Equal(["OFF0123"], diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void A_warning_does_not_explain_a_file_left_out()
    {
        var diagnostics = new DiagnosticBag();
        var file = Read("nom: Bus\n", diagnostics);

        LeftOut.BindFiles<string>([file], [TourFields.Nom], diagnostics, (_, r) =>
        {
            r.Report(DiagnosticCatalog.StaleData, TourFields.Nom, "ancien.");
            return null;
        });

        Assert.Equal(["OFF0301", "OFF0008"], diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void A_file_left_out_for_a_record_in_error_elsewhere_is_not_reported()
    {
        var diagnostics = new DiagnosticBag();
        var file = Read("nom: Bus\n", diagnostics);

        LeftOut.BindFiles<string>([file], [TourFields.Nom], diagnostics, (_, r) =>
        {
            r.MarkDependsOnRecordInError();
            return null;
        });

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_file_that_binds_is_not_reported()
    {
        var diagnostics = new DiagnosticBag();
        var file = Read("nom: Bus\n", diagnostics);

        var records = LeftOut.BindFiles([file], [TourFields.Nom], diagnostics, (_, r) => r.Text(TourFields.Nom));

        Assert.Equal(["Bus"], records);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_stop_left_out_is_reported_unless_an_error_lies_inside_it()
    {
        var diagnostics = new DiagnosticBag();
        var arrets = FieldSpec.ObjectList("arrets", "passages", TourFields.StopDate, TourFields.StopLieu);
        var tour = RecordReader.ForFile(Read(Tour, diagnostics), [TourFields.Nom, arrets], diagnostics, reported: false)!;
        var stops = tour.Objects(arrets);
        // An error in the first stop, on its last value, and one on the tour, outside both stops
        stops[0].Report(DiagnosticCatalog.InvalidSetting, TourFields.StopLieu, "faux.");
        tour.Report(DiagnosticCatalog.InvalidSetting, TourFields.Nom, "faux.");

        foreach (var stop in stops) LeftOut.CheckItem(stop, 0, [TourFields.StopDate, TourFields.StopLieu], "ce passage", TourFields.StopDate, TourFields.StopSeances);

        DiagnosticAssert.Single(diagnostics.Sorted(), "OFF0008", $"{File}:5:5", "2e passage (arrets[1]) :", "ce passage n'est pas pris en compte", "lieu, date, seances");
    }

    [Fact]
    public void A_stop_left_out_for_a_record_in_error_elsewhere_is_not_reported()
    {
        var diagnostics = new DiagnosticBag();
        var arrets = FieldSpec.ObjectList("arrets", "passages", TourFields.StopDate, TourFields.StopLieu);
        var stop = RecordReader.ForFile(Read(Tour, diagnostics), [TourFields.Nom, arrets], diagnostics, reported: false)!.Objects(arrets)[0];

        stop.MarkDependsOnRecordInError();
        LeftOut.CheckItem(stop, 0, [TourFields.StopDate, TourFields.StopLieu], "ce passage");

        Assert.Empty(diagnostics.Items);
    }
}
