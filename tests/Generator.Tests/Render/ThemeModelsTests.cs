using System.Reflection;
using Microsoft.AspNetCore.Components;
using Relais.Generator.Plan;
using Relais.Model;
using Relais.Model.Pages;

namespace Relais.Generator.Tests.Render;

/// <summary>
/// The theme only reads what Resolve decided: its components take page models that carry no spatial
/// index and nothing that measures, and neither the theme nor the model can compute a distance.
/// </summary>
public sealed class ThemeModelsTests
{
    [Fact]
    public void Every_page_kind_renders_with_a_component_whose_model_reaches_no_geography_index()
    {
        foreach (var kind in PageKinds.All)
        {
            // Given the component of each kind and the type of its Model parameter
            var parameter = kind.Component.GetProperties().Single(p => p.GetCustomAttribute<ParameterAttribute>() is not null && p.Name == "Model");
            Assert.True(typeof(PageModel).IsAssignableFrom(parameter.PropertyType), $"{kind}: {parameter.PropertyType.Name} is not a page model");

            // Then no type reachable from the model is a spatial index or comes from the generator
            foreach (var type in Reachable(parameter.PropertyType))
            {
                Assert.False(type.Assembly.GetName().Name is "NetTopologySuite" or "relais", $"{kind}: {parameter.PropertyType.Name} reaches {type.FullName}");
            }
        }
    }

    [Fact]
    public void Neither_the_theme_nor_the_model_can_measure_a_distance()
    {
        var theme = PageKinds.All[0].Component.Assembly;
        Assert.DoesNotContain(theme.GetReferencedAssemblies(), a => a.Name is "NetTopologySuite" or "relais");
        // No method of either assembly takes two points (what a distance or a bearing would need), but equality.
        var measuring = new[] { theme, typeof(GeoPoint).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetParameters().Count(p => p.ParameterType == typeof(GeoPoint)) >= 2)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        Assert.Empty(measuring);
    }

    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            yield return type;
            var next = type.GetGenericArguments()
                .Concat(type.IsArray ? [type.GetElementType()!] : [])
                .Concat(type.Namespace?.StartsWith("Relais", StringComparison.Ordinal) == true
                    ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                    : []);
            foreach (var t in next) queue.Enqueue(t);
        }
    }
}
