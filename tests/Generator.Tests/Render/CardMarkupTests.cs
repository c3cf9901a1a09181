using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Relais.Generator.Diagnostics;
using Relais.Generator.Render;
using Relais.Generator.Tests.SampleSite;
using Relais.Model.French;
using Relais.Theme.Blocks;

namespace Relais.Generator.Tests.Render;

/// <summary>
/// The cards write as strings what Razor pages write with <see cref="Bits"/> (a phone link, a price
/// badge, times kept on one line): the two must not drift apart, or a place's phone would look one
/// way on its card and another on its page.
/// </summary>
public sealed class CardMarkupTests
{
    /// <summary>Hosts a fragment, so that the renderer the pages use writes it.</summary>
    public sealed class Host : ComponentBase
    {
        [Parameter] public RenderFragment? Content { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Content);
    }

    [Fact]
    public async Task A_place_card_writes_its_phone_price_and_hours_as_the_pages_bits_do()
    {
        var validated = SiteBuild.Validate(Sample.RepositoryRoot, Sample.Today, new DiagnosticBag()) ?? throw new InvalidOperationException("the sample must validate");
        var places = Relais.Generator.Resolve.ResolveOffers.Run(validated, Sample.Today).Places.Where(p => p is { Phone: not null, Hours: not null, Fees.Count: > 0 }).ToList();
        Assert.NotEmpty(places);
        var cards = new CardMarkup(MarkupOnlyHtmlEncoder.Instance);
        await using var renderer = new PageRenderer();
        async Task<string> Render(RenderFragment fragment) => await renderer.RenderToStringAsync(typeof(Host), new() { [nameof(Host.Content)] = fragment });

        foreach (var place in places)
        {
            var card = cards.PlaceCard(place, 2.5).Value;
            Assert.Contains(await Render(Bits.Phone(place.Phone!.Value)), card);
            Assert.Contains(await Render(Bits.Price(place.Fees)), card);
            Assert.Contains(await Render(Bits.TimesInText(HoursText.Summary(place.Hours!))), card);
        }
    }
}
