namespace Relais.Generator.Load;

/// <summary>Where each kind of content lives in a site folder (the design card's layout).</summary>
public static class ContentLayout
{
    public const string Settings = "statiq.json";
    public const string Communes = "content/communes.csv";

    /// <summary>Optional: old addresses and the pages that replace them (« ancienne_adresse;nouvelle_adresse »).</summary>
    public const string Redirects = "content/redirections.csv";
    public const string Places = "content/lieux";
    public const string Tours = "content/tournees";
    public const string Workshops = "content/ateliers";
    public const string Pages = "input";
    public const string ContentFolder = "content";

    /// <summary>Where the site is written unless --output says otherwise.</summary>
    public const string Output = "output";
}
