using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Relais.Model.Pages;
using Relais.Theme.Blocks;
using Relais.Theme.Layout;

namespace Relais.Generator.Render;

/// <summary>
/// Renders a page model to HTML with its theme component, through ASP.NET Core's
/// <see cref="HtmlRenderer"/> and its dispatcher, as that API requires. One instance per thread:
/// each page is written into the same buffer, which the next page overwrites.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // The renderer keeps every root component it rendered: start afresh now and then to bound memory.
    private const int PagesPerRenderer = 500;

    private readonly ServiceProvider _services;
    private readonly CharBuffer _html = new();
    private HtmlRenderer _renderer;
    private int _rendered;

    /// <param name="shared">The build's header and footer and its cards; null to render the header and footer
    /// themselves (SiteHeader, SiteFooter).</param>
    public PageRenderer((SharedMarkup Layout, CardMarkup Cards)? shared = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            // French text as is (« é », no-break spaces, « ' », not « &#xE9; », « &#xA0; », « &#x27; »): lighter
            // pages; markup characters are still escaped (see MarkupOnlyHtmlEncoder).
            .AddSingleton<HtmlEncoder>(MarkupOnlyHtmlEncoder.Instance);
        if (shared is var (layout, cards)) services.AddSingleton(layout).AddSingleton(cards);
        _services = services.BuildServiceProvider();
        _renderer = Create();
    }

    /// <summary>The page's HTML, valid until the next call.</summary>
    public async Task<ReadOnlyMemory<char>> RenderAsync(Type component, PageModel model)
    {
        await RenderToBufferAsync(component, new Dictionary<string, object?> { ["Model"] = model });
        return _html.Written;
    }

    public async Task<string> RenderToStringAsync(Type component, Dictionary<string, object?> parameters)
    {
        await RenderToBufferAsync(component, parameters);
        return _html.Written.ToString();
    }

    private async Task RenderToBufferAsync(Type component, Dictionary<string, object?> parameters)
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = Create();
        }
        _html.Clear();
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            output.WriteHtmlTo(_html);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private HtmlRenderer Create() => new(_services, NullLoggerFactory.Instance);

    /// <summary>A text writer into one growing array, kept from page to page (a StringWriter would copy every page into a new string).</summary>
    private sealed class CharBuffer : TextWriter
    {
        private char[] _chars = new char[64 * 1024];
        private int _length;

        public override System.Text.Encoding Encoding => System.Text.Encoding.Unicode;

        public ReadOnlyMemory<char> Written => _chars.AsMemory(0, _length);

        public void Clear() => _length = 0;

        public override void Write(char value) => Append(new ReadOnlySpan<char>(in value));

        public override void Write(string? value) => Append(value);

        public override void Write(char[] buffer, int index, int count) => Append(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Append(buffer);

        private void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }
    }
}
