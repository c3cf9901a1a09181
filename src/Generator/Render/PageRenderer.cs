using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Relais.Model.Pages;
using Relais.Theme;

namespace Relais.Generator.Render;

/// <summary>
/// Renders a page model to HTML with its theme component, through ASP.NET Core's
/// <see cref="HtmlRenderer"/> and its dispatcher, as that API requires. One instance per thread.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // The renderer keeps every root component it rendered: start afresh now and then to bound memory.
    private const int PagesPerRenderer = 500;

    // French text as is (« é », no-break spaces, « ' », not « &#xE9; », « &#xA0; », « &#x27; »): lighter
    // pages; markup characters are still escaped (see MarkupOnlyHtmlEncoder).
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddSingleton<HtmlEncoder>(MarkupOnlyHtmlEncoder.Instance)
        .BuildServiceProvider();
    private HtmlRenderer _renderer;
    private int _rendered;

    public PageRenderer() => _renderer = Create();

    public async Task<string> RenderAsync(Type component, PageModel model)
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = Create();
        }
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
        return await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, parameters);
            return output.ToHtmlString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private HtmlRenderer Create() => new(_services, NullLoggerFactory.Instance);
}
