using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Entities.Gazetteers;

namespace Annalist.Entities.Resolution;

/// <summary>
/// Groups the named mentions of one document into entities and adds the mentions that are not
/// names: titles ("The Ukrainian President"), demonyms ("Russian" -> Russia), capitals standing for
/// their country ("Kyiv's drone attack" -> Ukraine) and he/she pronouns. Links entities to the
/// gazetteer where that is unambiguous. Uses tokens, capitalization, nearby words and the
/// gazetteer only (no tagger or parser). The rules are in docs/ARCHITECTURE.md (Entity
/// resolution); the word lists in <c>Entities/Resources/roles.txt</c>, <c>resolution.txt</c> and
/// <c>first-names.txt</c>. Stateless after construction and safe to share between threads.
/// </summary>
public sealed class EntityResolver
{
    private static readonly Lazy<EntityResolver> Shared = new(() => new EntityResolver());

    private readonly ResolutionLexicon _lexicon;
    private readonly GazetteerLinks _links;
    private readonly GazetteerRoles _roles;

    /// <summary>A resolver over the built-in gazetteer and word lists.</summary>
    public EntityResolver() : this(ResolutionLexicon.Default, GazetteerLinks.Default, GazetteerRoles.Default) { }

    /// <summary>A resolver over another gazetteer (tests, or a user's own lists) with the built-in word lists.</summary>
    public EntityResolver(Gazetteer gazetteer)
    {
        _lexicon = ResolutionLexicon.Default;
        _links = new GazetteerLinks(gazetteer);
        _roles = new GazetteerRoles(_links, _lexicon);
    }

    private EntityResolver(ResolutionLexicon lexicon, GazetteerLinks links, GazetteerRoles roles)
    {
        _lexicon = lexicon;
        _links = links;
        _roles = roles;
    }

    public static EntityResolver Default => Shared.Value;

    /// <summary>The entities of a document with tokens, sentences and named mentions, in the order of their first mention.</summary>
    public ImmutableArray<Entity> Resolve(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Resolve(document.Text, document.Get(CoreLayers.Tokens), document.Get(CoreLayers.Sentences),
            document.Get(EntityLayers.Mentions), document.Date);
    }

    /// <summary>
    /// The entities of a text given its tokens, sentences and named mentions (in text order, not
    /// overlapping). <paramref name="date"/> is the article's date: it chooses between the
    /// gazetteer's office holders of different years.
    /// </summary>
    public ImmutableArray<Entity> Resolve(string text, ImmutableArray<TokenSpan> tokens, ImmutableArray<SentenceSpan> sentences,
        ImmutableArray<NamedMention> mentions, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentResolution(text, tokens, sentences, mentions, date, _lexicon, _links, _roles).Resolve();
    }
}
