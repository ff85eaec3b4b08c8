using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>Prints the rows of one result in one output format.</summary>
internal interface IOutputPrinter
{
    /// <summary>Prints (or buffers a copy of) the rows of <paramref name="batch"/>; the batch is not kept.</summary>
    void PrintBatch(IResultBatch batch);

    /// <summary>Prints whatever is buffered and the footer, if the format has one.</summary>
    void Finish();
}
