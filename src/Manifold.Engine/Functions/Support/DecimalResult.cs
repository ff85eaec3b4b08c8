using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Collects decimal results of either width from <see cref="Int128"/> unscaled values.</summary>
internal struct DecimalResult
{
    private FixedResult<long> _short;
    private FixedResult<Int128> _long;
    private readonly DecimalType _type;

    /// <summary>Room for <paramref name="rowCount"/> results of <paramref name="type"/>, with the given nulls.</summary>
    public DecimalResult(DecimalType type, int rowCount, ulong[]? nulls)
    {
        _type = type;
        if (type.IsShort)
        {
            _short = new FixedResult<long>(rowCount, nulls);
        }
        else
        {
            _long = new FixedResult<Int128>(rowCount, nulls);
        }
    }

    /// <summary>Stores <paramref name="unscaled"/> at <paramref name="row"/>; fails when it does not fit the precision.</summary>
    public void Set(int row, Int128 unscaled)
    {
        if (DecimalMath.Overflows(unscaled, _type.Precision))
        {
            FunctionErrors.OutOfRange($"Decimal overflow: value does not fit {_type}");
        }
        if (_type.IsShort)
        {
            _short.Values[row] = (long)unscaled;
        }
        else
        {
            _long.Values[row] = unscaled;
        }
    }

    /// <summary>Marks <paramref name="row"/> null.</summary>
    public void SetNull(int row)
    {
        if (_type.IsShort)
        {
            _short.SetNull(row);
        }
        else
        {
            _long.SetNull(row);
        }
    }

    /// <summary>The finished vector.</summary>
    public readonly Vector Build() => _type.IsShort ? _short.Build(_type) : _long.Build(_type);
}
