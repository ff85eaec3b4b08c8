using Manifold.DocsGen;

namespace Manifold.Architecture.Tests;

/// <summary>The committed generated docs (docs/functions.md, docs/error-codes.md) match what the code generates. With
/// MANIFOLD_REWRITE=1 the test rewrites them instead; review that diff like code.</summary>
public sealed class GeneratedDocsTests
{
    public static TheoryData<string> Documents => new(GeneratedDocs.All.Select(d => d.RelativePath));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Committed_document_is_up_to_date(string relativePath)
    {
        GeneratedDocument document = GeneratedDocs.All.Single(d => d.RelativePath == relativePath);
        string path = Path.Combine(Repository.Root, relativePath);
        string expected = document.Render();
        string? actual = File.Exists(path) ? File.ReadAllText(path) : null;
        if (actual != expected && Environment.GetEnvironmentVariable("MANIFOLD_REWRITE") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(actual == expected,
            $"{relativePath} is out of date. Regenerate it from the repository root with:\n  {GeneratedDocs.RegenerateCommand}\n"
            + $"(or run this test with MANIFOLD_REWRITE=1).{FirstDifference(expected, actual)}");
    }

    [Fact]
    public void Every_error_code_has_a_meaning_and_every_meaning_a_code()
    {
        var names = Spi.Errors.StandardErrorCode.All.Select(c => c.Name).ToHashSet();
        var withoutMeaning = names.Where(n => ErrorCodeMeanings.Of(n) is null).ToList();
        var withoutCode = ErrorCodeMeanings.Names.Where(n => !names.Contains(n)).ToList();
        Assert.True(withoutMeaning.Count == 0, "no meaning in ErrorCodeMeanings.cs: " + string.Join(", ", withoutMeaning));
        Assert.True(withoutCode.Count == 0, "meanings of codes StandardErrorCode does not have: " + string.Join(", ", withoutCode));
    }

    [Fact]
    public void The_functions_document_lists_every_visible_function_name_and_alias()
    {
        // Descriptions and examples are checked per function class by Manifold.Engine.Tests (FunctionMetadataTests,
        // FunctionCatalogTests); this checks that the document leaves no function or alias out.
        string text = FunctionsDocument.Render(Engine.Metadata.FunctionRegistry.BuiltIn);
        var missing = Engine.Metadata.FunctionRegistry.BuiltIn.All.Where(f => !f.IsHidden)
            .Select(f => f.Name).Distinct().Where(n => !text.Contains($"| [{n}](#", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in the index: " + string.Join(", ", missing));
        Assert.DoesNotContain("$add", text, StringComparison.Ordinal);
    }

    private static string FirstDifference(string expected, string? actual)
    {
        if (actual is null)
        {
            return "\nThe file does not exist.";
        }
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
            {
                return $"\nFirst difference at line {i + 1}:\n  committed: {a ?? "(end of file)"}\n  generated: {e ?? "(end of file)"}";
            }
        }
        return "";
    }
}
