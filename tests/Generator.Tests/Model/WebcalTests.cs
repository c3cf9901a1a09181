using Relais.Model;
using Relais.Model.Pages;

namespace Relais.Generator.Tests.Model;

public sealed class WebcalTests
{
    [Theory]
    [InlineData("https://numerique.example.org/", "webcal://numerique.example.org/donnees/agenda.ics")]
    [InlineData("http://numerique.example.org/", "webcal://numerique.example.org/donnees/agenda.ics")]
    [InlineData("https://example.org/annuaire/", "webcal://example.org/annuaire/donnees/agenda.ics")]
    [InlineData("http://127.0.0.1:8080/", "webcal://127.0.0.1:8080/donnees/agenda.ics")]
    public void A_webcal_link_keeps_host_path_and_only_a_port_the_base_url_names(string baseUrl, string expected)
    {
        var settings = new SiteSettings("Titre", "Description", new Uri(baseUrl), ["37"], 15, "fr-FR", "Europe/Paris", null, SiteSettings.DefaultMapTiles);
        var frame = new SiteFrame(settings, [], [], new DateOnly(2026, 11, 24), "/a.css", "/a.js", "/p.css");

        Assert.Equal(expected, frame.Webcal("/donnees/agenda.ics"));
    }
}
