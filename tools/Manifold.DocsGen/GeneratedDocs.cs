using Manifold.Engine.Metadata;
using Manifold.Spi.Errors;

namespace Manifold.DocsGen;

/// <summary>Every generated document, and how to find the repository they belong to.</summary>
public static class GeneratedDocs
{
    /// <summary>The command that rewrites every generated document, run from the repository root.</summary>
    public const string RegenerateCommand = "dotnet run --project tools/Manifold.DocsGen";

    /// <summary>The documents: <c>docs/functions.md</c> from the function registry, <c>docs/error-codes.md</c> from
    /// <see cref="StandardErrorCode"/>.</summary>
    public static IReadOnlyList<GeneratedDocument> All { get; } =
    [
        new("docs/functions.md", () => FunctionsDocument.Render(FunctionRegistry.BuiltIn)),
        new("docs/error-codes.md", () => ErrorCodesDocument.Render(StandardErrorCode.All)),
    ];

    /// <summary>The nearest directory at or above <paramref name="start"/> holding <c>Manifold.slnx</c>, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifold.slnx")))
            {
                return directory.FullName;
            }
        }
        return null;
    }

    /// <summary>The header every generated Markdown file starts with after its title.</summary>
    internal static string Header(string source)
        => $"<!-- Generated from {source} by tools/Manifold.DocsGen. Do not edit: run `{RegenerateCommand}`. -->";
}
