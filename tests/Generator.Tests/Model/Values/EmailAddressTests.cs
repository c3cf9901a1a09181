using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("epn-loches@example.org", "epn-loches@example.org")]
    [InlineData(" contact@mairie-sorigny.fr ", "contact@mairie-sorigny.fr")]
    [InlineData("prenom.nom+atelier@sub.example.org", "prenom.nom+atelier@sub.example.org")]
    public void An_address_with_one_at_sign_and_a_dotted_domain_is_accepted(string text, string value)
    {
        Assert.True(EmailAddress.TryParse(text, out var email, out var error), error);
        Assert.Equal(value, email.Value);
        Assert.Equal("mailto:" + value, email.MailtoUri);
    }

    [Theory]
    [InlineData("epn-loches.example.org")]
    [InlineData("epn@loches")]
    [InlineData("epn loches@example.org")]
    [InlineData("epn@@example.org")]
    [InlineData("epn@example.")]
    [InlineData("")]
    public void Anything_else_is_rejected_with_the_expected_form(string text)
    {
        Assert.False(EmailAddress.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("nom@domaine.fr", error, StringComparison.Ordinal);
    }
}
