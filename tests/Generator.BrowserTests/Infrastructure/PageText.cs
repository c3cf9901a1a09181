using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>Text and focus helpers over Playwright pages.</summary>
public static partial class PageText
{
    /// <summary>Non-breaking and narrow spaces read as spaces, runs of white space as one.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), " ").Trim();

    public static async Task<string> TextOfAsync(this ILocator locator) => Normalize(await locator.InnerTextAsync());

    public static async Task<IReadOnlyList<string>> TextsOfAsync(this ILocator locator) =>
        (await locator.AllInnerTextsAsync()).Select(Normalize).ToList();

    /// <summary>
    /// What the focused element is and whether its focus shows: an outline of some width or a box
    /// shadow, as computed by the browser (not merely declared in a style sheet).
    /// </summary>
    public static async Task<FocusState> FocusAsync(this IPage page) =>
        await page.EvaluateAsync<FocusState>("""
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return { tag: "", id: "", href: "", text: "", visible: false, style: "" };
              const s = getComputedStyle(e);
              const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
              const shadow = s.boxShadow && s.boxShadow !== "none";
              return {
                tag: e.tagName.toLowerCase(), id: e.id, href: e.getAttribute("href") ?? "",
                text: (e.innerText || e.value || "").trim().slice(0, 80),
                visible: outline || shadow,
                style: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`,
              };
            }
            """);

    /// <summary>
    /// Waits until the page shows <paramref name="pathAndQuery"/> and has loaded it. A polled check,
    /// not WaitForURLAsync, which missed a navigation that a key press had already committed; and the
    /// document's own readyState, polled, rather than WaitForLoadStateAsync, which under load once
    /// waited 30 s for a load event the new document had already fired.
    /// </summary>
    public static async Task ExpectNavigatedToAsync(this IPage page, string pathAndQuery)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^[a-z]+://[^/]+" + Regex.Escape(pathAndQuery) + "$"));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>The focused element as the browser sees it (a class with setters: Playwright fills it from JSON).</summary>
public sealed class FocusState
{
    public string Tag { get; set; } = "";
    public string Id { get; set; } = "";
    public string Href { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Visible { get; set; }
    public string Style { get; set; } = "";

    public override string ToString() => $"<{Tag}{(Id.Length > 0 ? " id=" + Id : "")}{(Href.Length > 0 ? " href=" + Href : "")}> « {Text} » ({Style})";
}
