using Relais.Generator.Tests;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(LongestFirstOrderer))]

namespace Relais.Generator.Tests;

/// <summary>
/// On a collection definition: its collection takes far longer than the others (a build that prints
/// PDFs, a browser pass over every page), so it is started before them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StartsFirstAttribute : Attribute;

/// <summary>
/// Starts the collections defined with <see cref="StartsFirstAttribute"/>, then the others in
/// xunit's default (randomised) order. Collections run two at a time on 2 cores: a collection of a
/// minute started last would run alone at the end.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        // OrderBy is stable: the default order is kept within each group.
        DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections)
            .OrderBy(c => c is IXunitTestCollection { CollectionDefinition: { } definition } && definition.IsDefined(typeof(StartsFirstAttribute), inherit: false) ? 0 : 1)
            .ToList();
}
