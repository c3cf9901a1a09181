using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.Outputs;

/// <summary>
/// adresses.json: every address the build published, pages, short addresses and redirects alike, with
/// what each page's planner said of its content (<see cref="Plan.PageIdentity"/>). The next build is
/// compared with it (`relais adresses --avant`): an address gone is named, with where to send it.
/// </summary>
public static class AddressManifest
{
    public static void Write(OutputContext context, OutputSink sink) =>
        sink.Text(Routes.AddressManifest, AddressManifestJson.Write(context.Frame.Settings.BaseUrl, context.Plan.Pages.Select(p =>
        {
            var identity = p.Identity ?? Plan.PageIdentity.None;
            return new ManifestEntry(p.Route, p.Kind.Name, identity.Keys, identity.Commune, identity.Department, identity.Date, identity.Target);
        })));
}
