using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

using Relais.Model;

namespace Relais.Generator.Preview;

/// <summary>
/// Serves the built site on localhost for editors, with live reload: each HTML page gets a small
/// script (a file, as the CSP allows no inline script) that listens to build events and reloads
/// the page, or shows the build's errors over it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string ScriptRoute = "/__relais/rechargement.js";
    private const string EventsRoute = "/__relais/evenements";

    private readonly WebApplication _app;
    private readonly List<HttpResponse> _listeners = [];
    private string _lastEvent = "reload";

    private PreviewServer(WebApplication app) => _app = app;

    public static async Task<PreviewServer> StartAsync(string output, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new PreviewServer(app);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".ics"] = "text/calendar; charset=utf-8";
        types.Mappings[".atom"] = "application/atom+xml; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";

        app.MapGet(ScriptRoute, () => Results.Text(Script, "text/javascript; charset=utf-8"));
        app.MapGet(EventsRoute, server.StreamEventsAsync);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var file = Path.Combine(output, Routes.OutputPath(path));
            if (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal))
            {
                var found = File.Exists(file);
                var html = await File.ReadAllTextAsync(found ? file : Path.Combine(output, Routes.OutputPath(Routes.NotFound)));
                context.Response.StatusCode = found ? 200 : 404;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(html.Replace("</body>", $"<script src=\"{ScriptRoute}\" defer></script></body>", StringComparison.Ordinal));
                return;
            }
            await next();
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(output), ContentTypeProvider = types, ServeUnknownFileTypes = false });
        await app.StartAsync();
        return server;
    }

    /// <summary>Tells every open page to reload.</summary>
    public Task ReloadAsync() => BroadcastAsync("reload", "");

    /// <summary>Shows the build's errors over every open page.</summary>
    public Task ShowErrorsAsync(string text) => BroadcastAsync("erreurs", text);

    private async Task BroadcastAsync(string name, string data)
    {
        var message = $"event: {name}\ndata: {string.Join("\ndata: ", data.Split('\n'))}\n\n";
        _lastEvent = name;
        List<HttpResponse> listeners;
        lock (_listeners) listeners = [.. _listeners];
        foreach (var response in listeners)
        {
            try
            {
                await response.WriteAsync(message);
                await response.Body.FlushAsync();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                lock (_listeners) _listeners.Remove(response);
            }
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($": {_lastEvent}\n\n");
        await context.Response.Body.FlushAsync();
        lock (_listeners) _listeners.Add(context.Response);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (TaskCanceledException)
        {
            // The page went away.
        }
        lock (_listeners) _listeners.Remove(context.Response);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static readonly string Script = $$"""
        "use strict";
        // Preview only: reloads the page after each build, or shows the build's errors over it.
        const events = new EventSource("{{EventsRoute}}");
        events.addEventListener("reload", () => location.reload());
        events.addEventListener("erreurs", (event) => {
          let box = document.getElementById("relais-erreurs");
          if (!box) {
            box = document.createElement("div");
            box.id = "relais-erreurs";
            box.setAttribute("role", "alert");
            box.className = "preview-errors";
            document.body.prepend(box);
          }
          const title = document.createElement("strong");
          title.textContent = "Le site n'a pas pu être reconstruit : corrigez ces erreurs (la page affichée est la version précédente).";
          const list = document.createElement("pre");
          list.textContent = event.data;
          box.replaceChildren(title, list);
        });
        """;
}
