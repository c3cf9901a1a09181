using Relais.Generator.Cache;
using Relais.Generator.Diagnostics;
using Relais.Generator.Plan;
using Relais.Generator.Resolve;
using Relais.Generator.Tests.SampleSite;
using Relais.Theme;

namespace Relais.Generator.Tests.Cache;

/// <summary>A page without a key is rendered on every build: none of the sample's may lack one.</summary>
public sealed class PageKeysTests
{
    private static SitePlan SamplePlan()
    {
        var diagnostics = new DiagnosticBag();
        var validated = SiteBuild.Validate(Sample.RepositoryRoot, Sample.Today, diagnostics) ?? throw new InvalidOperationException("the sample must validate");
        return PlanPages.Run(ResolveOffers.Run(validated, validated.Today), ThemeAssets.Assets(), new PlanOptions(Pdf: false));
    }

    [Fact]
    public void Every_page_of_the_sample_has_a_key_and_the_same_one_twice()
    {
        var plan = SamplePlan();
        var keys = new PageKeys(new Dictionary<string, string>(), "site");

        var first = plan.Pages.Select(p => (p.OutputPath, Key: keys.Of(p))).ToList();
        var again = plan.Pages.AsParallel().AsOrdered().Select(p => keys.Of(p)).ToList();

        Assert.Empty(first.Where(k => k.Key is null).Select(k => k.OutputPath));
        Assert.Equal(first.Select(k => k.Key), again);
        // Pages differ by their path at least: no two share a key.
        Assert.Equal(first.Count, first.Select(k => k.Key).Distinct().Count());
    }

    [Fact]
    public void A_content_file_whose_hash_changed_changes_the_keys_of_the_pages_that_show_it()
    {
        var plan = SamplePlan();
        var file = plan.Pages.Select(p => p.Model).OfType<Relais.Model.Pages.PlacePageModel>().First().Place.Source.File;

        var before = new PageKeys(new Dictionary<string, string> { [file] = "a" }, "site");
        var after = new PageKeys(new Dictionary<string, string> { [file] = "b" }, "site");

        var changed = plan.Pages.Where(p => before.Of(p) != after.Of(p)).ToList();
        Assert.Contains(changed, p => p.Model is Relais.Model.Pages.PlacePageModel m && m.Place.Source.File == file);
        Assert.True(changed.Count < plan.Pages.Count / 2, $"{changed.Count} of {plan.Pages.Count} pages changed for one place");
    }
}
