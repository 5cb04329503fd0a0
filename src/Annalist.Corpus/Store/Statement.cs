using Microsoft.Data.Sqlite;

namespace Annalist.Corpus.Store;

/// <summary>
/// A prepared statement with positional parameters ($1, $2, ... as PostgreSQL writes them),
/// reused across rows: binding values to a prepared command is most of the writer's speed.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly SqliteCommand _command;

    public Statement(SqliteConnection db, string sql, int parameters)
    {
        _command = db.CreateCommand();
        _command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) _command.Parameters.Add(new SqliteParameter("$" + i, null));
    }

    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public int Run(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public object? Scalar(params object?[] values)
    {
        Bind(values);
        var v = _command.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public SqliteDataReader Query(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public void Dispose() => _command.Dispose();
}
