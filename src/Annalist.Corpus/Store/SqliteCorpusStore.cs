using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), written in
/// one IMMEDIATE transaction per batch so a killed ingest leaves whole batches or nothing.
/// </summary>
public sealed partial class SqliteCorpusStore : ICorpusStore
{
    private readonly SqliteConnection _db;
    private readonly string _path;

    private SqliteCorpusStore(SqliteConnection db, string path)
    {
        _db = db;
        _path = path;
    }

    /// <summary>
    /// Opens (or, for writing, creates) the store at <paramref name="path"/>; read-only unless
    /// <paramref name="write"/>. A write waits up to <paramref name="busyTimeout"/> (10 s) for
    /// another writer before failing with ANL8001.
    /// </summary>
    public static SqliteCorpusStore Open(string path, bool write, TimeSpan? busyTimeout = null)
    {
        if (!write && !File.Exists(path))
            throw new StoreException(ErrorCodes.DatabaseNotFound, $"'{path}': no such database (create one with 'annalist ingest ... --db {path}')");
        if (write && File.Exists(path) && IsReadOnlyFile(path))
            throw new StoreException(ErrorCodes.DatabaseReadOnly, $"'{path}' is read-only; ingest needs to write it");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = write ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(10)).TotalSeconds),
        };
        var db = new SqliteConnection(builder.ToString());
        try
        {
            db.Open();
            var store = new SqliteCorpusStore(db, path);
            store.Prepare(write);
            return store;
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw Translate(ex, path);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static bool IsReadOnlyFile(string path)
    {
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0) return true;
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private void Prepare(bool write)
    {
        var applicationId = Scalar<long>("PRAGMA application_id");
        var version = Scalar<long>("PRAGMA user_version");
        var tables = Scalar<long>("SELECT count(*) FROM sqlite_master");
        if (applicationId != Schema.ApplicationId && tables > 0)
            throw new StoreException(ErrorCodes.NotAStore, $"'{_path}' is a SQLite database but not an Annalist store");
        if (version > Schema.Version)
            throw new StoreException(ErrorCodes.NewerStore,
                $"'{_path}' was written by a newer Annalist (store format {version}; this one reads {Schema.Version})");
        if (!write)
        {
            if (tables == 0) throw new StoreException(ErrorCodes.NotAStore, $"'{_path}' is empty, not an Annalist store");
            return;
        }
        Execute("PRAGMA journal_mode = WAL");
        // NORMAL in WAL mode: a crash of the process loses nothing committed; only a power loss
        // can drop the last transactions, and then the rerun of the ingest stores them again.
        Execute("PRAGMA synchronous = NORMAL");
        // 64 MB of page cache: the indexes an ingest updates stay in memory
        Execute("PRAGMA cache_size = -65536");
        // checkpoint the WAL into the file every 64 MB instead of every 4 MB: a page an ingest
        // rewrites in many batches is copied once
        Execute("PRAGMA wal_autocheckpoint = 16384");
        if (tables == 0)
        {
            Created = true;
            using var tx = _db.BeginTransaction();
            Execute(Schema.Create, tx);
            Execute($"PRAGMA application_id = {Schema.ApplicationId}", tx);
            Execute($"PRAGMA user_version = {Schema.Version}", tx);
            tx.Commit();
        }
        else if (version < Schema.Version) Upgrade(version);
    }

    /// <summary>An older format brought up to this one, in one transaction.</summary>
    private void Upgrade(long version)
    {
        var counted = Scalar<long>("SELECT count(*) FROM pragma_table_info('entity_aliases') WHERE name = 'named'") > 0;
        using var tx = _db.BeginTransaction();
        if (version < 2) AddSpellings(tx);
        // format 3: names are counted from now on; an entry keeps its name until articles count
        if (!counted) Execute(Schema.NameCounts, tx);
        Execute($"PRAGMA user_version = {Schema.Version}", tx);
        tx.Commit();
    }

    /// <summary>Format 1 to 2: the spelling keys of the aliases stored so far.</summary>
    private void AddSpellings(SqliteTransaction tx)
    {
        Execute(Schema.Spellings, tx);
        var aliases = new List<(long, string)>();
        using (var read = _db.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT entity_id, normalized FROM entity_aliases";
            using var r = read.ExecuteReader();
            while (r.Read()) aliases.Add((r.GetInt64(0), r.GetString(1)));
        }
        using (var insert = _db.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO entity_spellings (skeleton, entity_id) VALUES ($s, $e) ON CONFLICT DO NOTHING";
            var skeleton = insert.Parameters.Add("$s", SqliteType.Text);
            var entity = insert.Parameters.Add("$e", SqliteType.Integer);
            foreach (var (id, normalized) in aliases)
            {
                if (Linking.Spelling.Key(normalized) is not { } key) continue;
                skeleton.Value = key;
                entity.Value = id;
                insert.ExecuteNonQuery();
            }
        }
    }

    internal static StoreException Translate(SqliteException ex, string path) => ex.SqliteErrorCode switch
    {
        5 or 6 => new StoreException(ErrorCodes.DatabaseLocked,
            $"'{path}' is locked by another process (an ingest still running?); try again when it has finished", ex),
        8 => new StoreException(ErrorCodes.DatabaseReadOnly, $"'{path}' is read-only; ingest needs to write it (and its folder, for the WAL file)", ex),
        14 => new StoreException(ErrorCodes.DatabaseUnopenable, $"'{path}' cannot be opened: {ex.Message}", ex),
        11 or 26 => new StoreException(ErrorCodes.NotAStore, $"'{path}' is not a SQLite database (or it is damaged)", ex),
        _ => new StoreException(ErrorCodes.DatabaseFailed, $"'{path}': {ex.Message}", ex),
    };

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether this open made the file (it was empty or missing).</summary>
    public bool Created { get; private set; }

    /// <summary>
    /// Rewrites the file without the slack that rows inserted in no particular key order leave in
    /// the index pages (VACUUM): Timeline17's first ingest, 2.98x the text, becomes 2.85x for about
    /// 1 s. It reads and writes the whole file, so ingest does it only after filling a new store.
    /// </summary>
    public void Compact()
    {
        try
        {
            Execute("VACUUM");
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, _path);
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _contains?.Dispose();
        _reader?.Dispose();
        _db.Dispose();
    }
}
