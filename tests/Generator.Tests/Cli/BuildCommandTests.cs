using Relais.Generator.Plan;

namespace Relais.Generator.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void Every_page_kind_has_its_own_name_and_French_names_for_the_build_summary()
    {
        // The summary counts pages by kind with these names; two kinds alike would read as one.
        Assert.All(PageKinds.All, k => Assert.False(string.IsNullOrWhiteSpace(k.One) || string.IsNullOrWhiteSpace(k.Many), k.Name));
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Many).Distinct().Count());
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Component).Distinct().Count());
    }
}
