namespace Annalist.Documents;

/// <summary>A named kind of annotation a stage produces and later stages require.</summary>
public abstract class Layer(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A layer whose value has type <typeparamref name="T"/>; the key to read it back from a document.</summary>
public sealed class Layer<T>(string name) : Layer(name) where T : notnull;
