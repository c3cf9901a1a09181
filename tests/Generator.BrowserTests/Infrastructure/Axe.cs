using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>axe-core's WCAG 2.1 A and AA rules, run in a page as it stands.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are read: passes and inapplicable rules would be serialized for nothing.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<AxeResultItem[]> RunAsync(IPage page)
    {
        // Legacy mode runs axe.run in the page in one call. The default mode (runPartial in each frame,
        // then finishRun in an extra blank page, for cross-origin iframes, which this site has none
        // of) measured 3-4 s per page instead of 0.5 s on a 2-core machine: 4 minutes for the pass.
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete ("being removed in the future"); the package version is pinned.
        var result = await page.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        return result.Violations;
    }

    /// <summary>Each violation with its rule, help page and the nodes at fault; empty when there is none.</summary>
    public static string Report(IReadOnlyList<AxeResultItem> violations, string what)
    {
        if (violations.Count == 0) return "";
        var report = new StringBuilder($"axe-core found {violations.Count} violation(s) on {what}:\n");
        foreach (var violation in violations)
        {
            report.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                report.AppendLine($"    target: {node.Target}\n    html: {node.Html}\n    why: {string.Join(" / ", checks)}");
            }
        }
        return report.ToString();
    }
}
