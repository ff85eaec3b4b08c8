using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("normalize", Description = "The string in Unicode normalization form NFC (default), NFD, NFKC or NFKD.",
    Example = "normalize('e' || chr(769)) = 'é'")]
internal sealed class NormalizeFunction : IScalarFunction
{
    // Under invariant globalization the runtime returns strings unnormalized; detect that once instead of lying.
    private static readonly bool s_supported = "e\u0301".Normalize(NormalizationForm.FormC).Length == 1;

    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "varchar(x)"),
        FunctionSignature.Of("varchar", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Varchar)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader input = BytesReader.Of(arguments[0]);
            bool hasForm = arguments.Count > 1;
            BytesReader forms = hasForm ? BytesReader.Of(arguments[1]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                NormalizationForm form = hasForm ? ParseForm(forms[row]) : NormalizationForm.FormC;
                ReadOnlySpan<byte> value = input[row];
                if (Utf8CodePoints.IsAscii(value))
                {
                    output.Append(value);
                    continue;
                }
                if (!s_supported)
                {
                    FunctionErrors.NotSupported("normalize() of non-ASCII text needs ICU (globalization invariant mode is on)");
                }
                output.Append(Encoding.UTF8.GetString(value).Normalize(form));
            }
            return output.Build();
        }

        private static NormalizationForm ParseForm(ReadOnlySpan<byte> form)
        {
            if (form.SequenceEqual("NFC"u8))
            {
                return NormalizationForm.FormC;
            }
            if (form.SequenceEqual("NFD"u8))
            {
                return NormalizationForm.FormD;
            }
            if (form.SequenceEqual("NFKC"u8))
            {
                return NormalizationForm.FormKC;
            }
            if (form.SequenceEqual("NFKD"u8))
            {
                return NormalizationForm.FormKD;
            }
            FunctionErrors.InvalidArgument($"Normalization form must be one of [NFD, NFC, NFKD, NFKC]: {Encoding.UTF8.GetString(form)}");
            return default;
        }
    }
}
