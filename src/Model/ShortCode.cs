using System.Security.Cryptography;
using System.Text;

namespace Relais.Model;

/// <summary>
/// A short, stable code for a route: the first 35 bits of its SHA-256 in seven letters and digits
/// of Crockford's base 32 (no i, l, o nor u, which read as 1, 0 or v). It depends on the route alone,
/// so a printed poster's address keeps working as long as its page does, whatever else the site holds.
/// </summary>
public static class ShortCode
{
    public const int Length = 7;

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string Of(string route)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(route));
        var bits = 0UL;
        for (var i = 0; i < 5; i++) bits = (bits << 8) | hash[i];
        var code = new char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[(int)((bits >> (40 - 5 * (i + 1))) & 31)];
        return new string(code);
    }
}
