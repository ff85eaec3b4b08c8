using System.Globalization;
using System.Text;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>listagg(x, separator [, overflow_error, filler, with_count]): the group's non-null values joined by the
/// separator; NULL for a group without values.</summary>
/// <remarks>
/// The engine passes the separator and the ON OVERFLOW options as constant argument vectors (read from the first row
/// seen) and applies <c>WITHIN GROUP (ORDER BY …)</c> by sorting the rows before <see cref="Add"/>, so values are kept
/// in arrival order. As in Trino, a result over 1 MiB fails with EXCEEDED_FUNCTION_MEMORY_LIMIT (ON OVERFLOW ERROR, the
/// default) or is cut at a value boundary and ends with the separator, the filler and optionally <c>(count)</c>
/// (ON OVERFLOW TRUNCATE).
/// </remarks>
internal sealed class ListaggAccumulator : IGroupedAccumulator
{
    /// <summary>Trino's limit: the default maximum page size in bytes.</summary>
    public const int MaxOutputLength = 1024 * 1024;

    private readonly GroupedLists _lists = new(new BytesValueList());
    private byte[]? _separator;
    private bool _overflowError = true;
    private byte[] _filler = [];
    private bool _showCount;
    private byte[] _scratch = [];

    public long EstimatedBytes => 64 + _lists.EstimatedBytes + _scratch.Length;

    public void EnsureCapacity(int groupCount) => _lists.EnsureCapacity(groupCount);

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        if (rowCount == 0)
        {
            return;
        }
        if (_separator is null)
        {
            ReadOptions(arguments);
        }
        var column = BytesColumn.Of(arguments[0]);
        var values = (BytesValueList)_lists.Values;
        for (int i = 0; i < rowCount; i++)
        {
            if (!column.IsNull(i))
            {
                values.Add(column.Get(i));
                _lists.LinkLast(groupIds[i]);
            }
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (ListaggAccumulator)other;
        if (_separator is null && source._separator is not null)
        {
            _separator = source._separator;
            _overflowError = source._overflowError;
            _filler = source._filler;
            _showCount = source._showCount;
        }
        _lists.Merge(source._lists, groupMapping);
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        int count = _lists.Count(groupId);
        if (count == 0)
        {
            output.AppendNull();
            return;
        }
        var values = (BytesValueList)_lists.Values;
        byte[] separator = _separator ?? [];
        int length = 0;
        int emitted = 0;
        bool overflow = false;
        for (int index = _lists.First(groupId); index >= 0; index = _lists.Next(index))
        {
            ReadOnlySpan<byte> value = values.GetBytes(index);
            int needed = value.Length + (emitted > 0 ? separator.Length : 0);
            if ((long)length + needed > MaxOutputLength)
            {
                overflow = true;
                break;
            }
            EnsureScratch(length + needed);
            if (emitted > 0)
            {
                separator.CopyTo(_scratch.AsSpan(length));
                length += separator.Length;
            }
            value.CopyTo(_scratch.AsSpan(length));
            length += value.Length;
            emitted++;
        }
        if (overflow)
        {
            if (_overflowError)
            {
                AggregateErrors.FunctionMemoryLimit($"Concatenated string has the length in bytes larger than the maximum output length {MaxOutputLength}");
            }
            string countText = _showCount ? "(" + (count - emitted).ToString(CultureInfo.InvariantCulture) + ")" : "";
            EnsureScratch(length + separator.Length + _filler.Length + countText.Length);
            if (emitted > 0)
            {
                separator.CopyTo(_scratch.AsSpan(length));
                length += separator.Length;
            }
            _filler.CopyTo(_scratch.AsSpan(length));
            length += _filler.Length;
            length += Encoding.ASCII.GetBytes(countText, _scratch.AsSpan(length));
        }
        ((BytesVectorBuilder)output).Append(_scratch.AsSpan(0, length));
    }

    private void ReadOptions(IReadOnlyList<Vector> arguments)
    {
        _separator = arguments.Count > 1 && !arguments[1].IsNull(0) ? BytesColumn.Of(arguments[1]).Get(0).ToArray() : [];
        if (arguments.Count > 2 && !arguments[2].IsNull(0))
        {
            _overflowError = FixedColumn<bool>.Of(arguments[2]).Get(0);
        }
        if (arguments.Count > 3 && !arguments[3].IsNull(0))
        {
            _filler = BytesColumn.Of(arguments[3]).Get(0).ToArray();
            if (_filler.Length > 65536)
            {
                AggregateErrors.InvalidArgument($"Overflow filler length {_filler.Length} exceeds maximum length 65536");
            }
        }
        if (arguments.Count > 4 && !arguments[4].IsNull(0))
        {
            _showCount = FixedColumn<bool>.Of(arguments[4]).Get(0);
        }
    }

    private void EnsureScratch(int length)
    {
        if (length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(length, Math.Max(256, _scratch.Length * 2)));
        }
    }
}
