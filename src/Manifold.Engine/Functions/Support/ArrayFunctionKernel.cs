using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Base for array-returning kernels that build each row from element positions: null in, null out.</summary>
internal abstract class ArrayFunctionKernel(SqlType returnType) : ScalarKernel(returnType)
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        ulong[]? nulls = NullMask.Union(arguments, rowCount);
        var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
        var state = new RowState(arguments);
        for (int row = 0; row < rowCount; row++)
        {
            if (NullMask.IsSet(nulls, row))
            {
                output.AppendNull();
                continue;
            }
            BuildRow(state, row, output.Elements);
            output.CloseEntry();
        }
        return output.Build();
    }

    /// <summary>Appends the elements of row <paramref name="row"/> to <paramref name="elements"/>.</summary>
    protected abstract void BuildRow(RowState state, int row, VectorBuilder elements);

    /// <summary>Readers over the arguments plus scratch reused across rows.</summary>
    protected sealed class RowState
    {
        public RowState(IReadOnlyList<Vector> arguments)
        {
            Arguments = arguments;
            Arrays = new ArrayReader[arguments.Count];
            for (int i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Type.Kind == TypeKind.Array)
                {
                    Arrays[i] = ArrayReader.Of(arguments[i]);
                }
            }
        }

        /// <summary>The argument vectors.</summary>
        public IReadOnlyList<Vector> Arguments { get; }

        /// <summary>A reader per array argument (default for the others).</summary>
        public ArrayReader[] Arrays { get; }

        /// <summary>A hash set of positions.</summary>
        public PositionSet Set { get; } = new();

        /// <summary>A second hash set of positions.</summary>
        public PositionSet OtherSet { get; } = new();

        /// <summary>Scratch positions.</summary>
        public int[] Positions = new int[16];
    }
}
