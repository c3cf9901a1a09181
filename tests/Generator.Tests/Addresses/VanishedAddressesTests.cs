using Relais.Generator.Addresses;
using Relais.Generator.Interop;

namespace Relais.Generator.Tests.Addresses;

/// <summary>Where a lost address is sent, from two manifests written by hand: the rules one by one.</summary>
public sealed class VanishedAddressesTests
{
    private static readonly ManifestEntry Home = new("/", "home", []);

    private static readonly ManifestEntry Loches = new("/communes/loches-37132/", "commune", ["commune:37132"], Department: "/departements/37-indre-et-loire/");

    private static readonly ManifestEntry Indre = new("/departements/37-indre-et-loire/", "department", ["department:37"]);

    private static ManifestEntry Visit(string slug, string date, string commune = "/communes/loches-37132/", string code = "37132") =>
        new($"/bus/t/{slug}/", "visit", [$"visit:t:{code}", $"visit:t:{date}"], commune, Date: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static VanishedAddress Single(ManifestEntry[] before, ManifestEntry[] after) => Assert.Single(VanishedAddresses.Find(before, after));

    [Fact]
    public void An_address_still_there_as_a_page_or_a_redirect_is_not_lost()
    {
        var place = new ManifestEntry("/lieux/a/", "place", ["place:37132:a"], Loches.Address);

        Assert.Empty(VanishedAddresses.Find([Home, Loches, place], [Home, Loches, place]));
        Assert.Empty(VanishedAddresses.Find([Home, Loches, place], [Home, Loches, place with { Kind = "redirect", Target = "/" }]));
    }

    [Fact]
    public void Of_several_new_pages_with_its_key_the_nearest_in_date_is_chosen()
    {
        // Given a visit of 03-09 gone, and two new visits of the same tour in the same commune
        var gone = Visit("2027-03-09-loches", "2027-03-09");
        var later = Visit("2027-06-01-loches", "2027-06-01");
        var sooner = Visit("2027-03-16-loches", "2027-03-16");

        var lost = Single([Home, Loches, gone], [Home, Loches, later, sooner]);

        Assert.Equal(sooner.Address, lost.Suggested);
        Assert.Equal("le même contenu, à sa nouvelle adresse", lost.Why);
    }

    [Fact]
    public void Only_a_page_that_appeared_can_be_the_same_content_elsewhere()
    {
        // Given a visit removed while another of the same tour in the same commune was already there
        var gone = Visit("2027-03-09-loches", "2027-03-09");
        var other = Visit("2027-06-01-loches", "2027-06-01");

        var lost = Single([Home, Loches, Indre, gone, other], [Home, Loches, Indre, other]);

        // Then it is sent to its commune, not to the other visit
        Assert.Equal(Loches.Address, lost.Suggested);
        Assert.Equal("la page de sa commune", lost.Why);
    }

    [Fact]
    public void A_commune_that_moved_is_followed_and_one_that_went_gives_its_department()
    {
        var gone = Visit("2027-03-09-loches", "2027-03-09");
        var renamed = Loches with { Address = "/communes/loches-en-touraine-37132/" };

        var followed = VanishedAddresses.Find([Home, Indre, Loches, gone], [Home, Indre, renamed]).Single(l => l.Old == gone);
        var lost = VanishedAddresses.Find([Home, Indre, Loches, gone], [Home, Indre]);

        Assert.Equal((renamed.Address, "la page de sa commune, à sa nouvelle adresse"), (followed.Suggested, followed.Why));
        Assert.All(lost, l => Assert.Equal(Indre.Address, l.Suggested));
        Assert.Equal("la page de son département", lost.Single(l => l.Old == gone).Why);
    }

    [Fact]
    public void A_redirect_whose_line_was_removed_keeps_leading_where_it_led()
    {
        var redirect = new ManifestEntry("/ancien/", "redirect", [], Target: "/lieux/a/");
        var place = new ManifestEntry("/lieux/a/", "place", ["place:37132:a"], Loches.Address);

        var lost = Single([Home, Loches, place, redirect], [Home, Loches, place]);

        Assert.Equal(("/lieux/a/", "la page vers laquelle elle menait"), (lost.Suggested, lost.Why));
    }

    [Fact]
    public void A_suggestion_is_never_a_page_that_sends_on_but_where_it_leads()
    {
        // Given a short address lost, whose content has a new short address
        var gone = new ManifestEntry("/v/aaaaaaa/", "short-address", ["short-address:t:37132"], Loches.Address, Target: "/bus/t/old/");
        var now = new ManifestEntry("/v/bbbbbbb/", "short-address", ["short-address:t:37132"], Loches.Address, Target: "/bus/t/new/");
        var page = new ManifestEntry("/bus/t/new/", "visit", ["visit:t:37132"], Loches.Address);

        Assert.Equal(page.Address, Single([Home, Loches, gone], [Home, Loches, now, page]).Suggested);
    }

    [Fact]
    public void Without_content_or_commune_the_page_above_is_taken_else_the_home_page()
    {
        var places = new ManifestEntry("/lieux/", "places", []);
        var gone = new ManifestEntry("/lieux/a/", "place", []);
        var page = new ManifestEntry("/ancienne-page/", "content", ["content:ancienne-page"]);

        var lost = VanishedAddresses.Find([Home, places, gone, page], [Home, places]).ToDictionary(l => l.Old.Address);

        Assert.Equal(("/lieux/", "la page au-dessus"), (lost["/lieux/a/"].Suggested, lost["/lieux/a/"].Why));
        Assert.Equal(("/", "la page d'accueil"), (lost["/ancienne-page/"].Suggested, lost["/ancienne-page/"].Why));
    }
}
