using System.Collections.Concurrent;
using Annalist.Corpus.Store;

namespace Annalist.Web;

/// <summary>
/// Read-only store connections shared by requests. A store object wraps one SQLite connection,
/// which is not safe for two threads at once, so each request borrows its own and gives it back;
/// SQLite's WAL mode lets them all read beside a writer.
/// </summary>
public sealed class StorePool(string path, int keep) : IDisposable
{
    private readonly ConcurrentBag<SqliteCorpusStore> _idle = [];

    public T Use<T>(Func<ICorpusStore, T> read)
    {
        if (!_idle.TryTake(out var store)) store = SqliteCorpusStore.Open(path, write: false);
        try
        {
            return read(store);
        }
        finally
        {
            if (_idle.Count < keep) _idle.Add(store); else store.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store)) store.Dispose();
    }
}
