using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

public sealed partial class SqliteCorpusStore
{
    private SqliteWriter? _writer;
    private SqliteConnection? _reader;
    private Statement? _contains;
    private readonly Lock _readerLock = new();

    /// <summary>
    /// Asked by analysis threads while the writer holds the main connection, so it goes through
    /// a second, read-only connection (WAL lets it read beside the writer; it sees committed
    /// batches, and the ingest itself remembers the batch being written).
    /// </summary>
    public bool Contains(string hash)
    {
        lock (_readerLock)
        {
            if (_reader is null)
            {
                _reader = new SqliteConnection(new SqliteConnectionStringBuilder(_db.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
                _reader.Open();
                _contains = new Statement(_reader, "SELECT 1 FROM documents WHERE hash = $1");
            }
            try
            {
                return _contains!.Scalar(hash) is not null;
            }
            catch (SqliteException ex)
            {
                throw Translate(ex, _path);
            }
        }
    }

    public ICorpusBatch BeginBatch()
    {
        try
        {
            _writer ??= new SqliteWriter(_db);
            _writer.Begin();
            return new Batch(this, _writer);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }

    public void SettleNames() => Guard(() => { _writer?.SettleNames(); return 0; });

    private sealed class Batch(SqliteCorpusStore store, SqliteWriter writer) : ICorpusBatch
    {
        private bool _done;

        public bool Add(DocumentRecord record) => store.Guard(() => writer.Add(record));

        public void Commit()
        {
            store.Guard(() => { writer.Commit(); return 0; });
            _done = true;
        }

        public void Dispose()
        {
            if (!_done) writer.Rollback();
            _done = true;
        }
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }

    public int Write(IReadOnlyList<DocumentRecord> batch)
    {
        if (batch.Count == 0) return 0;
        try
        {
            _writer ??= new SqliteWriter(_db);
            var added = _writer.Write(batch);
            _writer.SettleNames();
            return added;
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }
}
