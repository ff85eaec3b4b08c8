using Manifold.Engine.Functions.Conversion;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Functions;

/// <summary>Builds kernels and vectors for kernel tests, and runs a kernel over every encoding of its inputs.</summary>
internal static class KernelHarness
{
    public static readonly FunctionContext Context = new(TimeZoneKey.Utc, new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero), "test");

    public static FunctionContext ContextIn(string zone) => Context with { TimeZoneKey = TimeZoneKey.GetKey(zone) };

    /// <summary>Specializes <paramref name="function"/> for argument types, computing the return type from the first
    /// signature whose shape fits (resolver or pattern).</summary>
    public static IScalarKernel Kernel(IScalarFunction function, SqlType[] arguments, SqlType? returnType = null)
    {
        FunctionSignature signature = function.Signatures[0];
        returnType ??= Infer(function, arguments);
        return function.Specialize(new BoundFunction("test", arguments, returnType, signature));
    }

    private static SqlType Infer(IScalarFunction function, SqlType[] arguments)
    {
        foreach (FunctionSignature signature in function.Signatures)
        {
            if (signature.ArgumentTypes.Count != arguments.Length)
            {
                continue;
            }
            bool fits = true;
            for (int i = 0; i < arguments.Length; i++)
            {
                string pattern = signature.ArgumentTypes[i].Base;
                string actual = TypeSignature.Of(arguments[i]).Base;
                fits &= pattern == actual || pattern == "T";
            }
            if (!fits)
            {
                continue;
            }
            if (signature.ReturnTypeResolver is { } resolver)
            {
                return resolver(arguments);
            }
            string returnBase = signature.ReturnType.Base;
            if (returnBase == "boolean")
            {
                return SqlType.Boolean;
            }
            // Same family as an argument (timestamp(p) + interval → timestamp(p)); else parse the concrete text.
            foreach (SqlType argument in arguments)
            {
                if (TypeSignature.Of(argument).Base == returnBase)
                {
                    return argument;
                }
            }
            return SqlType.Parse(signature.ReturnType.ToString());
        }
        throw new InvalidOperationException("No signature fits the arguments");
    }

    public static IScalarKernel Cast(SqlType from, SqlType to)
    {
        Assert.True(CastKernels.TryCreate(from, to, out IScalarKernel kernel), $"No cast from {from} to {to}");
        return kernel;
    }

    public static Vector Column(SqlType type, params object?[] values) => ColumnOf(type, values);

    /// <summary>A column from a list of values; use for arrays and rows, whose values are themselves object arrays.</summary>
    public static Vector ColumnOf(SqlType type, IReadOnlyList<object?> values)
    {
        VectorBuilder builder = VectorBuilder.Create(type, values.Count);
        foreach (object? value in values)
        {
            builder.AppendObject(value);
        }
        return builder.Build();
    }

    public static Vector Constant(SqlType type, object? value, int count) => ConstantVector.Of(type, value, count);

    /// <summary>The same rows as a dictionary vector over a shuffled dictionary with an unused extra entry.</summary>
    public static Vector AsDictionary(Vector flat)
    {
        int count = flat.Count;
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = count - 1 - i;
        }
        Vector dictionary = flat.Take(order);
        var ids = new int[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = count - 1 - i;
        }
        return new DictionaryVector(dictionary, ids, count);
    }

    public static object?[] Values(Vector vector)
    {
        var values = new object?[vector.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = vector.GetObject(i);
        }
        return values;
    }

    public static object?[] Run(IScalarKernel kernel, int rowCount, params Vector[] arguments)
    {
        Vector result = kernel.Evaluate(arguments, rowCount, Context);
        Assert.Equal(rowCount, result.Count);
        return Values(result);
    }

    /// <summary>Runs the kernel over flat, dictionary and (for single-valued columns) constant forms of each
    /// argument, checks every combination gives the same rows, and returns them.</summary>
    public static object?[] RunAllEncodings(IScalarKernel kernel, params Vector[] flatArguments)
    {
        int rowCount = flatArguments[0].Count;
        object?[] expected = Run(kernel, rowCount, flatArguments);
        int combinations = 1 << flatArguments.Length;
        for (int mask = 1; mask < combinations; mask++)
        {
            var arguments = new Vector[flatArguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = (mask & (1 << i)) != 0 ? AsDictionary(flatArguments[i]) : flatArguments[i];
            }
            Assert.Equal(expected, Run(kernel, rowCount, arguments));
        }
        for (int i = 0; i < flatArguments.Length; i++)
        {
            if (rowCount > 0 && AllSame(flatArguments[i]))
            {
                var arguments = (Vector[])flatArguments.Clone();
                arguments[i] = new ConstantVector(flatArguments[i].Slice(0, 1), rowCount);
                Assert.Equal(expected, Run(kernel, rowCount, arguments));
            }
        }
        return expected;
    }

    private static bool AllSame(Vector vector)
    {
        object? first = vector.GetObject(0);
        for (int i = 1; i < vector.Count; i++)
        {
            if (!Equals(vector.GetObject(i), first))
            {
                return false;
            }
        }
        return true;
    }

    public static ManifoldException Fails(IScalarKernel kernel, params Vector[] arguments)
        => Assert.Throws<ManifoldException>(() => { kernel.Evaluate(arguments, arguments[0].Count, Context); });

    public static void AssertError(ManifoldException exception, ErrorCode code, string message)
    {
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(message, exception.RawMessage);
    }
}
