using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Annalist.Reading;

/// <summary>
/// The plain text of an HTML tree: one paragraph per block element, paragraphs separated by a
/// blank line, white space inside a paragraph collapsed to single spaces (a &lt;br&gt; stays a
/// line break). Entities are already decoded by the parser. Script, style and other non-text
/// elements are left out. Walks with its own stack, so deeply nested broken HTML cannot
/// overflow the thread's stack.
/// </summary>
internal static class HtmlText
{
    // Never text a reader would see.
    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
        "embed", "canvas", "audio", "video", "picture", "img", "select", "option", "textarea", "button",
        "input", "map",
    };

    // Page furniture, left out when the whole body is read because no article was found.
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "form", "menu", "dialog",
    };

    // Elements that start and end a paragraph.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    /// <summary>Parses an HTML fragment (a feed item's description) and returns its text.</summary>
    public static string FromHtml(string html)
    {
        if (html.IndexOfAny(['<', '&']) < 0) return Collapse(html);
        if (MarkupDepth.IsTooDeep(html))
            throw new InvalidDataException($"the HTML nests elements more than {MarkupDepth.Limit:N0} levels deep");
        var doc = new HtmlParser().ParseDocument(html);
        return doc.Body is null ? "" : FromNode(doc.Body);
    }

    /// <summary>White space runs to one space, trimmed: for titles and other one-line values.</summary>
    public static string Collapse(string text)
    {
        var w = new ParagraphWriter();
        w.Text(text);
        return w.Finish();
    }

    public static string FromNode(INode root, bool skipFurniture = false)
    {
        var w = new ParagraphWriter();
        // (node, leaving): a block is visited twice, entering and leaving, to close its paragraph.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving) { w.Break(); continue; }
            switch (node)
            {
                case IText text:
                    w.Text(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (NotText.Contains(name) || (skipFurniture && Furniture.Contains(name)) || IsHidden(element)) break;
                    if (name is "br") { w.LineBreak(); break; }
                    if (name is "td" or "th") w.Text(" ");
                    if (Blocks.Contains(name)) { w.Break(); stack.Push((node, true)); }
                    PushChildren(stack, node);
                    break;
                case IDocument or IDocumentFragment:
                    PushChildren(stack, node);
                    break;
            }
        }
        return w.Finish();
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            stack.Push((child, false));
    }

    // hidden and aria-hidden content is not shown to readers (menus, templates, screen-reader junk)
    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") is "true";

    /// <summary>Builds the text paragraph by paragraph, normalizing white space as it goes.</summary>
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _paragraph = new();
        private bool _space;

        public void Text(string s)
        {
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c)) { _space = _paragraph.Length > 0 && _paragraph[^1] != '\n'; continue; }
                if (char.IsControl(c)) continue;
                if (_space) _paragraph.Append(' ');
                _space = false;
                _paragraph.Append(c);
            }
        }

        /// <summary>A line break inside the paragraph; two in a row end it, as pages use &lt;br&gt;&lt;br&gt; for paragraphs.</summary>
        public void LineBreak()
        {
            _space = false;
            if (_paragraph.Length == 0) return;
            if (_paragraph[^1] == '\n') Break();
            else _paragraph.Append('\n');
        }

        public void Break()
        {
            _space = false;
            while (_paragraph.Length > 0 && _paragraph[^1] == '\n') _paragraph.Length--;
            if (_paragraph.Length == 0) return;
            if (_text.Length > 0) _text.Append("\n\n");
            _text.Append(_paragraph);
            _paragraph.Clear();
        }

        public string Finish()
        {
            Break();
            return _text.ToString();
        }
    }
}
