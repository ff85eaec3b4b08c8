using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads a decimal vector of either width as <see cref="Int128"/> unscaled values.</summary>
internal readonly struct DecimalReader
{
    private readonly FixedReader<long> _short;
    private readonly FixedReader<Int128> _long;
    private readonly bool _isShort;

    /// <summary>A reader over a decimal vector of type <paramref name="type"/>.</summary>
    public DecimalReader(Vector vector, DecimalType type)
    {
        _isShort = type.IsShort;
        if (_isShort)
        {
            _short = FixedReader<long>.Of(vector);
        }
        else
        {
            _long = FixedReader<Int128>.Of(vector);
        }
    }

    /// <summary>The unscaled value of <paramref name="row"/>.</summary>
    public Int128 this[int row] => _isShort ? _short[row] : _long[row];
}
