using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>Discards rows (<c>--output-format NULL</c>), e.g. to time a query without printing it.</summary>
internal sealed class NullPrinter : IOutputPrinter
{
    public void PrintBatch(IResultBatch batch)
    {
    }

    public void Finish()
    {
    }
}
