using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="ValueList"/> for nested types: values are appended to a builder, which is sealed into a chunk
/// vector when a value in it is read (or when it is full), so that reads never copy a value twice.</summary>
internal sealed class GenericValueList(SqlType type) : ValueList
{
    private const int ChunkSize = 1024;

    private readonly List<Vector> _chunks = [];
    private readonly List<int> _chunkStarts = [];
    private VectorBuilder? _open;
    private int _openStart;
    private int _count;
    private long _sealedBytes;

    public override int Count => _count;

    public override long EstimatedBytes => 64 + _sealedBytes + (_count - _openStart) * 64L + _chunks.Count * 16L;

    public override void Add(Vector source, int position)
    {
        _open ??= VectorBuilder.Create(type, 64);
        _open.AppendFrom(source, position);
        _count++;
        if (_count - _openStart >= ChunkSize)
        {
            Seal();
        }
    }

    public override void AddFrom(ValueList source, int index)
    {
        var other = (GenericValueList)source;
        (Vector chunk, int position) = other.Locate(index);
        Add(chunk, position);
    }

    public override void AppendTo(int index, VectorBuilder output)
    {
        (Vector chunk, int position) = Locate(index);
        output.AppendFrom(chunk, position);
    }

    private (Vector Chunk, int Position) Locate(int index)
    {
        if (index >= _openStart)
        {
            Seal();
        }
        int chunk = _chunkStarts.BinarySearch(index);
        if (chunk < 0)
        {
            chunk = ~chunk - 1;
        }
        return (_chunks[chunk], index - _chunkStarts[chunk]);
    }

    private void Seal()
    {
        if (_open is null || _count == _openStart)
        {
            return;
        }
        Vector chunk = _open.Build();
        _chunks.Add(chunk);
        _chunkStarts.Add(_openStart);
        _sealedBytes += chunk.RetainedBytes;
        _openStart = _count;
        _open = null;
    }
}
