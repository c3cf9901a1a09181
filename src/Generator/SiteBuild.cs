using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;

namespace Relais.Generator;

/// <summary>The pipeline. The order of the calls below is the order of execution.</summary>
public static class SiteBuild
{
    public static ValidatedSite? Validate(string root, DateOnly today, DiagnosticBag diagnostics)
    {
        var loaded = LoadContent.Run(root, diagnostics);
        return ValidateContent.Run(loaded, today, diagnostics);
    }
}
