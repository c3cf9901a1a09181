using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Interop;

/// <summary>The checker of <see cref="NationalStandard"/> itself: it accepts the standard's own valid example and refuses broken rows.</summary>
public sealed class NationalStandardTests
{
    private static (IReadOnlyList<string> Header, IReadOnlyList<string> Row) Example()
    {
        var path = Path.Combine(NationalStandard.Folder, "exemple-valide.csv");
        var table = CsvTableReader.Read(File.ReadAllText(path), "exemple-valide.csv", new DiagnosticBag())!;
        return (table.Header.Select(h => h.Value).ToList(), table.Rows.Single().Select(c => c.Value).ToList());
    }

    [Fact]
    public async Task The_standards_own_example_is_valid()
    {
        var standard = await NationalStandard.LoadAsync();
        var (header, row) = Example();

        Assert.Equal(standard.Columns, header);
        Assert.Empty(standard.Problems(standard.ToJson(header, row)));
    }

    [Theory]
    [InlineData("pivot", "", "pivot: PropertyRequired")]
    [InlineData("date_maj", "", "date_maj: PropertyRequired")]
    [InlineData("pivot", "123", "pivot: PatternMismatch")]
    [InlineData("itinerance", "Mobile|Fixe", "itinerance: PatternMismatch")]
    [InlineData("services", "Maîtrise des outils numériques du quotidien|Autre chose", "services: PatternMismatch")]
    [InlineData("date_maj", "02/04/2024", "date_maj: DateExpected")]
    [InlineData("latitude", "47,12", "latitude: NumberExpected")]
    [InlineData("telephone", "02 47 12 34 56", "telephone: PatternMismatch")]
    public async Task A_row_breaking_a_constraint_is_refused(string column, string value, string expected)
    {
        var standard = await NationalStandard.LoadAsync();
        var (header, row) = Example();
        var broken = row.ToArray();
        broken[header.ToList().IndexOf(column)] = value;

        Assert.Equal([expected], standard.Problems(standard.ToJson(header, broken)));
    }

    [Fact]
    public async Task A_cell_too_long_for_its_field_is_refused()
    {
        var standard = await NationalStandard.LoadAsync();
        var (header, row) = Example();
        var broken = row.ToArray();
        broken[header.ToList().IndexOf("presentation_resume")] = new string('a', 281);

        Assert.Equal(["presentation_resume: StringTooLong"], standard.Problems(standard.ToJson(header, broken)));
    }
}
