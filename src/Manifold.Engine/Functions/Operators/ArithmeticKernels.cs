using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Picks the kernel of an arithmetic operator for bound argument types; shared by the operator classes.</summary>
internal static class ArithmeticKernels
{
    public enum Operation
    {
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulus,
    }

    /// <summary>The same-type overloads over tinyint, smallint, integer, bigint, real and double, plus the decimal one.</summary>
    public static List<FunctionSignature> NumericSignatures(Operation operation)
    {
        var signatures = new List<FunctionSignature>();
        foreach (string type in (string[])["tinyint", "smallint", "integer", "bigint", "real", "double"])
        {
            signatures.Add(FunctionSignature.Of(type, type, type));
        }
        Func<DecimalType, DecimalType, DecimalType> resolver = operation switch
        {
            Operation.Add or Operation.Subtract => DecimalArithmetic.AddResultType,
            Operation.Multiply => DecimalArithmetic.MultiplyResultType,
            Operation.Divide => DecimalArithmetic.DivideResultType,
            Operation.Modulus => DecimalArithmetic.ModulusResultType,
        };
        signatures.Add(FunctionSignature.Of("decimal(p3,s3)", "decimal(p1,s1)", "decimal(p2,s2)") with
        {
            ReturnTypeResolver = types => resolver((DecimalType)types[0], (DecimalType)types[1]),
        });
        return signatures;
    }

    /// <summary>The kernel for two numeric arguments of the same family, or null when the types are not numeric.</summary>
    public static IScalarKernel? Numeric(Operation operation, SqlType left, SqlType right, SqlType result)
    {
        if (left.Kind != right.Kind)
        {
            return null;
        }
        return left.Kind switch
        {
            TypeKind.TinyInt => Integer<sbyte>(operation, result),
            TypeKind.SmallInt => Integer<short>(operation, result),
            TypeKind.Integer => Integer<int>(operation, result),
            TypeKind.BigInt => Integer<long>(operation, result),
            TypeKind.Real => Float<float>(operation, result),
            TypeKind.Double => Float<double>(operation, result),
            TypeKind.Decimal => Decimal(operation, (DecimalType)left, (DecimalType)right, (DecimalType)result),
            _ => null,
        };
    }

    private static IScalarKernel Integer<T>(Operation operation, SqlType result)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>, System.Numerics.ISignedNumber<T>, System.Numerics.IMinMaxValue<T>
        => operation switch
        {
            Operation.Add => OperationKernels.Binary<T, T, T, IntegerArithmetic.Add<T>>(default, result),
            Operation.Subtract => OperationKernels.Binary<T, T, T, IntegerArithmetic.Subtract<T>>(default, result),
            Operation.Multiply => OperationKernels.Binary<T, T, T, IntegerArithmetic.Multiply<T>>(default, result),
            Operation.Divide => OperationKernels.Binary<T, T, T, IntegerArithmetic.Divide<T>>(default, result),
            Operation.Modulus => OperationKernels.Binary<T, T, T, IntegerArithmetic.Modulus<T>>(default, result),
        };

    private static IScalarKernel Float<T>(Operation operation, SqlType result)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => operation switch
        {
            Operation.Add => OperationKernels.Binary<T, T, T, FloatArithmetic.Add<T>>(default, result),
            Operation.Subtract => OperationKernels.Binary<T, T, T, FloatArithmetic.Subtract<T>>(default, result),
            Operation.Multiply => OperationKernels.Binary<T, T, T, FloatArithmetic.Multiply<T>>(default, result),
            Operation.Divide => OperationKernels.Binary<T, T, T, FloatArithmetic.Divide<T>>(default, result),
            Operation.Modulus => OperationKernels.Binary<T, T, T, FloatArithmetic.Modulus<T>>(default, result),
        };

    private static IScalarKernel Decimal(Operation operation, DecimalType left, DecimalType right, DecimalType result)
    {
        switch (operation)
        {
            case Operation.Add or Operation.Subtract:
            {
                bool subtract = operation == Operation.Subtract;
                int leftRescale = result.Scale - left.Scale;
                int rightRescale = result.Scale - right.Scale;
                if (result.IsShort)
                {
                    long leftFactor = UnscaledDecimal.LongPowerOfTen(leftRescale);
                    long rightFactor = UnscaledDecimal.LongPowerOfTen(rightRescale);
                    return subtract
                        ? OperationKernels.Binary<long, long, long, DecimalArithmetic.ShortSubtract>(new(leftFactor, rightFactor), result)
                        : OperationKernels.Binary<long, long, long, DecimalArithmetic.ShortAdd>(new(leftFactor, rightFactor), result);
                }
                if (Math.Max(left.Precision - left.Scale, right.Precision - right.Scale) + result.Scale + 1 <= UnscaledDecimal.MaxPrecision)
                {
                    Int128 leftFactor = UnscaledDecimal.PowerOfTen(leftRescale);
                    Int128 rightFactor = UnscaledDecimal.PowerOfTen(rightRescale);
                    return (left.IsShort, right.IsShort) switch
                    {
                        (true, true) => OperationKernels.Binary<long, long, Int128, DecimalArithmetic.WideAdd<long, long>>(new(leftFactor, rightFactor, subtract), result),
                        (true, false) => OperationKernels.Binary<long, Int128, Int128, DecimalArithmetic.WideAdd<long, Int128>>(new(leftFactor, rightFactor, subtract), result),
                        (false, true) => OperationKernels.Binary<Int128, long, Int128, DecimalArithmetic.WideAdd<Int128, long>>(new(leftFactor, rightFactor, subtract), result),
                        (false, false) => OperationKernels.Binary<Int128, Int128, Int128, DecimalArithmetic.WideAdd<Int128, Int128>>(new(leftFactor, rightFactor, subtract), result),
                    };
                }
                return (left.IsShort, right.IsShort) switch
                {
                    (true, true) => OperationKernels.Binary<long, long, Int128, DecimalArithmetic.LongAdd<long, long>>(new(leftRescale, rightRescale, subtract), result),
                    (true, false) => OperationKernels.Binary<long, Int128, Int128, DecimalArithmetic.LongAdd<long, Int128>>(new(leftRescale, rightRescale, subtract), result),
                    (false, true) => OperationKernels.Binary<Int128, long, Int128, DecimalArithmetic.LongAdd<Int128, long>>(new(leftRescale, rightRescale, subtract), result),
                    (false, false) => OperationKernels.Binary<Int128, Int128, Int128, DecimalArithmetic.LongAdd<Int128, Int128>>(new(leftRescale, rightRescale, subtract), result),
                };
            }
            case Operation.Multiply:
                if (result.IsShort)
                {
                    return OperationKernels.Binary<long, long, long, DecimalArithmetic.ShortMultiply>(default, result);
                }
                if (left.Precision + right.Precision <= UnscaledDecimal.MaxPrecision)
                {
                    return (left.IsShort, right.IsShort) switch
                    {
                        (true, true) => OperationKernels.Binary<long, long, Int128, DecimalArithmetic.WideMultiply<long, long>>(default, result),
                        (true, false) => OperationKernels.Binary<long, Int128, Int128, DecimalArithmetic.WideMultiply<long, Int128>>(default, result),
                        (false, true) => OperationKernels.Binary<Int128, long, Int128, DecimalArithmetic.WideMultiply<Int128, long>>(default, result),
                        (false, false) => OperationKernels.Binary<Int128, Int128, Int128, DecimalArithmetic.WideMultiply<Int128, Int128>>(default, result),
                    };
                }
                return (left.IsShort, right.IsShort) switch
                {
                    (true, true) => OperationKernels.Binary<long, long, Int128, DecimalArithmetic.LongMultiply<long, long>>(default, result),
                    (true, false) => OperationKernels.Binary<long, Int128, Int128, DecimalArithmetic.LongMultiply<long, Int128>>(default, result),
                    (false, true) => OperationKernels.Binary<Int128, long, Int128, DecimalArithmetic.LongMultiply<Int128, long>>(default, result),
                    (false, false) => OperationKernels.Binary<Int128, Int128, Int128, DecimalArithmetic.LongMultiply<Int128, Int128>>(default, result),
                };
            case Operation.Divide:
            {
                int rescale = result.Scale - left.Scale + right.Scale;
                if (left.IsShort && right.IsShort && result.IsShort)
                {
                    return OperationKernels.Binary<long, long, long, DecimalArithmetic.ShortDivide>(new(UnscaledDecimal.LongPowerOfTen(rescale)), result);
                }
                return DecimalBinary(left, right, result,
                    new DivideFactory(rescale));
            }
            case Operation.Modulus:
                return DecimalBinary(left, right, result,
                    new ModulusFactory(Math.Max(0, right.Scale - left.Scale), Math.Max(0, left.Scale - right.Scale)));
        }
        throw new ArgumentOutOfRangeException(nameof(operation));
    }

    private interface IDecimalOperationFactory
    {
        IScalarKernel Create<TLeft, TRight, TResult>(SqlType result)
            where TLeft : unmanaged, System.Numerics.IBinaryInteger<TLeft>
            where TRight : unmanaged, System.Numerics.IBinaryInteger<TRight>
            where TResult : unmanaged, System.Numerics.IBinaryInteger<TResult>;
    }

    private readonly struct DivideFactory(int rescale) : IDecimalOperationFactory
    {
        public IScalarKernel Create<TLeft, TRight, TResult>(SqlType result)
            where TLeft : unmanaged, System.Numerics.IBinaryInteger<TLeft>
            where TRight : unmanaged, System.Numerics.IBinaryInteger<TRight>
            where TResult : unmanaged, System.Numerics.IBinaryInteger<TResult>
            => OperationKernels.Binary<TLeft, TRight, TResult, DecimalArithmetic.Divide<TLeft, TRight, TResult>>(new(rescale), result);
    }

    private readonly struct ModulusFactory(int leftRescale, int rightRescale) : IDecimalOperationFactory
    {
        public IScalarKernel Create<TLeft, TRight, TResult>(SqlType result)
            where TLeft : unmanaged, System.Numerics.IBinaryInteger<TLeft>
            where TRight : unmanaged, System.Numerics.IBinaryInteger<TRight>
            where TResult : unmanaged, System.Numerics.IBinaryInteger<TResult>
            => OperationKernels.Binary<TLeft, TRight, TResult, DecimalArithmetic.Modulus<TLeft, TRight, TResult>>(new(leftRescale, rightRescale), result);
    }

    private static IScalarKernel DecimalBinary<TFactory>(DecimalType left, DecimalType right, DecimalType result, TFactory factory)
        where TFactory : struct, IDecimalOperationFactory
        => (left.IsShort, right.IsShort, result.IsShort) switch
        {
            (true, true, true) => factory.Create<long, long, long>(result),
            (true, true, false) => factory.Create<long, long, Int128>(result),
            (true, false, true) => factory.Create<long, Int128, long>(result),
            (true, false, false) => factory.Create<long, Int128, Int128>(result),
            (false, true, true) => factory.Create<Int128, long, long>(result),
            (false, true, false) => factory.Create<Int128, long, Int128>(result),
            (false, false, true) => factory.Create<Int128, Int128, long>(result),
            (false, false, false) => factory.Create<Int128, Int128, Int128>(result),
        };
}
