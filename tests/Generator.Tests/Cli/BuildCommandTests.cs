using Relais.Generator.Cli;
using Relais.Generator.Plan;

namespace Relais.Generator.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void Every_page_kind_has_a_French_name_for_the_build_summary()
    {
        // A kind without a name made the summary throw after a successful build.
        var missing = Enum.GetValues<PageKind>().Where(k => !BuildCommand.KindNames.ContainsKey(k)).ToList();

        Assert.Empty(missing);
    }
}
