using System.Globalization;
using System.Text;
using System.Xml;

namespace Relais.Generator.Interop;

public sealed record FeedEntry(Uri Id, string Title, Uri Link, DateTimeOffset Updated, string Summary, string Author);

/// <summary>An Atom feed (RFC 4287), written with the framework's XmlWriter.</summary>
public static class AtomFeed
{
    public static string Write(string title, Uri self, Uri site, IReadOnlyList<FeedEntry> entries, DateTimeOffset updated)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, "fr");
            xml.WriteElementString("id", self.AbsoluteUri);
            xml.WriteElementString("title", title);
            xml.WriteElementString("updated", LocalTime.Iso(updated));
            Link(xml, "self", self);
            Link(xml, "alternate", site);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", entry.Id.AbsoluteUri);
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("updated", LocalTime.Iso(entry.Updated));
                Link(xml, "alternate", entry.Link);
                xml.WriteStartElement("author");
                xml.WriteElementString("name", entry.Author);
                xml.WriteEndElement();
                xml.WriteStartElement("summary");
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.Append('\n').ToString();
    }

    private static void Link(XmlWriter xml, string rel, Uri href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }


    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says so.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
