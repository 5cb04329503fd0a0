using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Tests.Events;

/// <summary>Runs the default pipeline on a fixture sentence dated 2 June 2025; the text must raise no diagnostic.</summary>
internal static class EventFixtures
{
    public static Event[] Analyze(string text)
    {
        var doc = new Document("e", text, new DateOnly(2025, 6, 2));
        Pipelines.Default().Run(doc);
        Assert.Empty(doc.Diagnostics);
        return doc.Get(EventLayers.Events).ToArray();
    }
}
