using Relais.Generator.Import;

namespace Relais.Generator.Tests.Import;

/// <summary>Phones, e-mails and web addresses in the forms hubs write them.</summary>
public sealed class HubContactsTests
{
    [Theory]
    [InlineData("02 47 12 34 56")]
    [InlineData("+33 2 47 12 34 56")]
    [InlineData("+33 (0)2 47 12 34 56")]
    [InlineData("33 2 47 12 34 56")]
    [InlineData("0033247123456")]
    [InlineData("0247123456")]
    [InlineData("02.47.12.34.56")]
    [InlineData("02-47-12-34-56")]
    [InlineData("Tél. : 02 47 12 34 56")]
    [InlineData("247123456")]
    public void Every_french_form_gives_the_same_number(string cell)
    {
        var phone = HubContacts.Phone(cell, []);
        Assert.Equal("+33247123456", phone?.International);
        Assert.Equal("02 47 12 34 56", phone?.Display);
    }

    [Theory]
    [InlineData("3939")]
    [InlineData("115")]
    [InlineData("30 39")]
    public void Short_numbers_are_refused_with_a_reason(string cell)
    {
        var notes = new List<string>();
        Assert.Null(HubContacts.Phone(cell, notes));
        Assert.Contains("numéro court", Assert.Single(notes));
    }

    [Fact]
    public void The_first_of_several_numbers_is_kept_and_the_others_named()
    {
        var notes = new List<string>();
        var phone = HubContacts.Phone("02 47 12 34 56 / 06 12 34 56 78", notes);
        Assert.Equal("+33247123456", phone?.International);
        Assert.Contains("06 12 34 56 78", Assert.Single(notes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("NC")]
    [InlineData("Non communiqué")]
    public void Placeholders_are_no_value(string cell)
    {
        var notes = new List<string>();
        Assert.Null(HubContacts.Phone(cell, notes));
        Assert.Empty(HubContacts.Emails(cell, notes));
        Assert.Empty(notes);
    }

    [Fact]
    public void Emails_are_cleaned_split_and_the_invalid_dropped_with_a_reason()
    {
        var notes = new List<string>();
        var emails = HubContacts.Emails(" mailto:Contact@EPN.Example.org ; <accueil@epn.example.org>| pas-une-adresse ", notes);
        Assert.Equal(["Contact@epn.example.org", "accueil@epn.example.org"], emails.Select(e => e.Value));
        Assert.Contains("pas-une-adresse", Assert.Single(notes));
    }

    [Fact]
    public void Web_addresses_get_https_when_bare_and_the_others_are_dropped_with_a_reason()
    {
        var notes = new List<string>();
        var urls = HubContacts.Urls("www.epn.example.org | https://facebook.com/epn | javascript:alert(1)", "site_web", notes);
        Assert.Equal(["https://www.epn.example.org/", "https://facebook.com/epn"], urls.Select(u => u.Value.AbsoluteUri));
        Assert.Equal(2, notes.Count);
        Assert.Contains("https:// » ajouté", notes[0]);
        Assert.Contains("refusé", notes[1]);
    }
}
