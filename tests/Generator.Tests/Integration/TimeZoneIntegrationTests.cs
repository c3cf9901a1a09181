using Relais.Generator.Diagnostics;

namespace Relais.Generator.Tests.Integration;

/// <summary>The site's time zone is statiq.json's fuseau_horaire, for « today » and for the browser's « ouvert maintenant ».</summary>
public sealed class TimeZoneIntegrationTests
{
    [Fact]
    public void Without_today_the_site_is_dated_in_its_own_time_zone()
    {
        // Given two sites at either end of the date line: Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC−11)
        using var ahead = TestSite.Create(ZoneSettings("Pacific/Kiritimati"));
        using var behind = TestSite.Create(ZoneSettings("Pacific/Pago_Pago"));

        // When both are checked without --today
        var aheadSite = SiteBuild.Validate(ahead.Root, null, new DiagnosticBag());
        var behindSite = SiteBuild.Validate(behind.Root, null, new DiagnosticBag());

        // Then each is dated in its own zone, whatever the machine's
        Assert.NotNull(aheadSite);
        Assert.NotNull(behindSite);
        var days = aheadSite.Today.DayNumber - behindSite.Today.DayNumber;
        Assert.True(days is 1 or 2, $"Kiritimati {aheadSite.Today}, Pago Pago {behindSite.Today}");
    }

    [Fact]
    public void Pages_tell_the_script_the_site_time_zone()
    {
        // Given a site in Réunion
        using var site = TestSite.Create(ZoneSettings("Indian/Reunion"));

        // When it is built
        var (output, diagnostics) = site.Build();

        // Then « ouvert maintenant » reasons in Réunion time, not Paris time
        Assert.True(output is not null, string.Join('\n', diagnostics));
        site.AssertFile("index.html", "<html lang=\"fr\" data-time-zone=\"Indian/Reunion\">");
    }

    private static string ZoneSettings(string zone) =>
        TestSite.Base[..TestSite.Base.IndexOf("-- content/communes.csv --", StringComparison.Ordinal)]
            .Edit("\"fuseau_horaire\": \"Europe/Paris\"", $"\"fuseau_horaire\": \"{zone}\"");
}
