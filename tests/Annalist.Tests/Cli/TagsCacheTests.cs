using Annalist.Cli.Commands;
using Annalist.Syntax;

namespace Annalist.Tests.Cli;

/// <summary>The jackknifed-tags cache of 'train parser --tags-cache' gives back what it stored, and
/// nothing for sentences it does not fit.</summary>
public class TagsCacheTests
{
    private static TreebankSentence Sentence(params string[] forms) =>
        new("doc", forms, forms, forms.Select(_ => "X").ToArray(), forms.Select(_ => "X").ToArray(), forms.Select(_ => -1).ToArray(), forms.Select(_ => "dep").ToArray());

    [Fact]
    public void Stored_tags_come_back_and_a_mismatch_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"annalist-tags-{Guid.NewGuid():N}.txt");
        try
        {
            var sentences = new[] { Sentence("Rebels", "left", "."), Sentence("Talks", "resume") };
            PosTag[][] tags = [[new("NOUN", "NNS"), new("VERB", "VBD"), new("PUNCT", ".")], [new("NOUN", "NNS"), new("VERB", "VBP")]];
            TagsCache.Write(file, tags);
            var read = TagsCache.Read(file, sentences);
            Assert.NotNull(read);
            Assert.Equal(tags, read);
            Assert.Null(TagsCache.Read(file, [sentences[0]]));                                 // other sentence count
            Assert.Null(TagsCache.Read(file, [sentences[0], Sentence("Talks", "resume", ".")])); // other length
            Assert.Null(TagsCache.Read(file + ".missing", sentences));
        }
        finally { File.Delete(file); }
    }
}
