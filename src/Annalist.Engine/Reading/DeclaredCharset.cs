using System.Text;
using System.Text.RegularExpressions;
using Annalist.Documents;

namespace Annalist.Reading;

/// <summary>
/// The bytes of a page or feed to text, in the encoding it declares: a byte-order mark first, else
/// an XML declaration's encoding (feeds, XHTML) or a &lt;meta charset&gt; or &lt;meta
/// http-equiv="Content-Type"&gt; in its first 1,024 bytes (the HTML standard's prescan), with the
/// labels browsers treat as windows-1252 ("iso-8859-1", "latin1", "us-ascii") read as
/// windows-1252. A file that declares nothing and is not valid UTF-8 is read as windows-1252 too
/// (the browsers' default for English pages), with a warning.
/// </summary>
internal static partial class DeclaredCharset
{
    private const int PrescanBytes = 1024;

    static DeclaredCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextDecoder.Result Decode(byte[] bytes)
    {
        var utf8 = TextDecoder.Decode(bytes);
        if (utf8.Error is not null || HasBom(bytes)) return utf8;
        var label = Declared(bytes);
        if (label is null)
            return utf8.Warning is null ? utf8 : Windows1252(bytes, "the file is not valid UTF-8 and declares no charset; it was read as windows-1252");
        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8") return utf8;
        if (label is "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso8859-1" or "cp1252" or "windows-1252" or "x-cp1252")
            return new(Windows1252Text(bytes), null, null);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            var unknown = new Diagnostic(ErrorCodes.InvalidUtf8, Severity.Warning,
                $"the file declares charset '{label}', which is not known here; it was read as UTF-8");
            return new(utf8.Text, utf8.Warning ?? unknown, null);
        }
        // UTF-16 declared in a page that reached here without a byte-order mark is ASCII-compatible text: as the standard says, UTF-8
        if (encoding is UnicodeEncoding or UTF32Encoding) return utf8;
        return new(encoding.GetString(bytes), null, null);
    }

    private static bool HasBom(byte[] b) =>
        b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The lower-case charset label of the file's XML declaration or of a meta tag in its first bytes, or null.</summary>
    internal static string? Declared(byte[] bytes)
    {
        // the prescan reads bytes as ASCII: every label and tag name is ASCII
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        if (XmlDeclaration().Match(head) is { Success: true } xml) return xml.Groups[1].Value.Trim().ToLowerInvariant();
        foreach (Match meta in MetaTag().Matches(head))
            if (CharsetAttribute().Match(meta.Value) is { Success: true } m)
                return m.Groups[1].Value.Trim().ToLowerInvariant();
        return null;
    }

    private static TextDecoder.Result Windows1252(byte[] bytes, string message) =>
        new(Windows1252Text(bytes), new Diagnostic(ErrorCodes.InvalidUtf8, Severity.Warning, message), null);

    private static string Windows1252Text(byte[] bytes) => Encoding.GetEncoding(1252).GetString(bytes);

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""']\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // charset="x", charset=x, or content="text/html; charset=x"
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
