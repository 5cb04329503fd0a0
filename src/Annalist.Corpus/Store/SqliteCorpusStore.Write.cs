using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

public sealed partial class SqliteCorpusStore
{
    private SqliteWriter? _writer;

    public bool Contains(string hash) => Scalar<long>("SELECT count(*) FROM documents WHERE hash = $h", ("$h", hash)) > 0;

    public int Write(IReadOnlyList<DocumentRecord> batch)
    {
        if (batch.Count == 0) return 0;
        try
        {
            _writer ??= new SqliteWriter(_db);
            return _writer.Write(batch);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }
}
