using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>Reads an input column.</summary>
internal sealed class ChannelEvaluator(int channel, SqlType type) : VectorEvaluator
{
    public int Channel => channel;

    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context) => page[channel];

    public override void CollectChannels(HashSet<int> channels) => channels.Add(channel);
}

/// <summary>A constant, repeated for every row.</summary>
internal sealed class ConstantEvaluator : VectorEvaluator
{
    private readonly Vector _value;

    public ConstantEvaluator(SqlType type, object? value)
    {
        VectorBuilder builder = VectorBuilder.Create(type, 1);
        builder.AppendObject(value);
        _value = builder.Build();
        Value = value;
    }

    public object? Value { get; }

    public override SqlType Type => _value.Type;

    public override Vector Evaluate(Page page, QueryContext context) => new ConstantVector(_value, page.RowCount);

    public override void CollectChannels(HashSet<int> channels)
    {
    }
}

/// <summary>A scalar function or operator kernel over evaluated arguments.</summary>
internal sealed class CallEvaluator(IScalarKernel kernel, VectorEvaluator[] arguments, SqlType type) : VectorEvaluator
{
    private readonly Vector[] _buffer = new Vector[arguments.Length];

    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        for (int i = 0; i < arguments.Length; i++)
        {
            _buffer[i] = arguments[i].Evaluate(page, context);
        }
        Vector result = kernel.Evaluate(_buffer, page.RowCount, context.Functions);
        Array.Clear(_buffer);
        return result;
    }

    public override void CollectChannels(HashSet<int> channels)
    {
        foreach (VectorEvaluator argument in arguments)
        {
            argument.CollectChannels(channels);
        }
    }
}

/// <summary>NOT: flips TRUE and FALSE, keeps NULL.</summary>
internal sealed class NotEvaluator(VectorEvaluator value) : VectorEvaluator
{
    public override SqlType Type => SqlType.Boolean;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        Vector input = value.Evaluate(page, context);
        var (values, nulls) = VectorOps.Booleans(input);
        int count = page.RowCount;
        var result = new bool[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = !values[i];
        }
        return new FlatVector<bool>(SqlType.Boolean, result, nulls, count);
    }

    public override void CollectChannels(HashSet<int> channels) => value.CollectChannels(channels);
}

/// <summary>IS NULL.</summary>
internal sealed class IsNullEvaluator(VectorEvaluator value) : VectorEvaluator
{
    public override SqlType Type => SqlType.Boolean;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        Vector input = value.Evaluate(page, context);
        int count = page.RowCount;
        var result = new bool[count];
        if (input.MayHaveNulls)
        {
            for (int i = 0; i < count; i++)
            {
                result[i] = input.IsNull(i);
            }
        }
        return new FlatVector<bool>(SqlType.Boolean, result, null, count);
    }

    public override void CollectChannels(HashSet<int> channels) => value.CollectChannels(channels);
}
