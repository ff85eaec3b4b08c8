namespace Manifold.Architecture.Tests;

/// <summary>The source reading and the rules the other tests rely on, on small hand-written inputs: each must catch what it
/// is meant to catch, or the real checks would pass vacuously.</summary>
public sealed class ParsingTests
{
    private static readonly NamespaceIndex s_index = new(
    [
        "namespace Manifold.Engine.Session;\npublic sealed class Session { }",
        "namespace Manifold.Engine.Metadata;\npublic sealed class MetadataManager { }",
        "namespace Manifold.Engine.Planning;\npublic sealed record PlanNode;",
        "namespace Manifold.Engine.Optimizer;\ninternal sealed class PlanOptimizer { }",
        "namespace Manifold.Engine.Execution.Operators;\ninternal interface IOperator { }",
        "namespace Manifold.Spi.Errors;\npublic sealed class ManifoldException { }",
        "namespace Manifold.Sql.Tree;\npublic abstract record Node;",
    ]);

    private static IEnumerable<string> References(string source, string? path = null)
        => CSharpFile.Parse(path ?? "src/Manifold.Engine/Planning/X.cs", source, s_index).References.Select(r => $"{r.Line}:{r.Namespace}");

    [Fact]
    public void Comments_and_string_texts_are_blanked_with_positions_kept()
    {
        const string source = "a // Manifold.Engine.X\nb /* c\nd */ e \"f\\\"g\" 'h' '\\'' @\"i\"\"j\" k";
        string code = CSharpText.StripCommentsAndStrings(source);
        Assert.Equal(source.Length, code.Length);
        Assert.Equal(source.Count(c => c == '\n'), code.Count(c => c == '\n'));
        Assert.Equal(["a", "b", "e", "\"", "\"", "'", "'", "'", "'", "@\"", "\"", "k"],
            code.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Interpolation_holes_stay_code_and_their_nested_strings_are_blanked()
    {
        string code = CSharpText.StripCommentsAndStrings("x = $\"a {Foo.Bar(\"}\")} {{b}}\" + $@\"c{D}\"\"\";");
        Assert.Contains("Foo.Bar(", code, StringComparison.Ordinal);
        Assert.Contains("{D}", code, StringComparison.Ordinal);
        Assert.DoesNotContain("a", code.Replace("Bar", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("b", code.Replace("Bar", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith(";", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_strings_are_blanked_including_quotes_inside()
    {
        string code = CSharpText.StripCommentsAndStrings("a = \"\"\"\n  say \"\"hi\"\" Manifold.Engine.X\n  \"\"\"; b = $$\"\"\"{{C.D}} {e}\"\"\"; f");
        Assert.Equal(["a", "=", "\"\"\"", "\"\"\";", "b", "=", "$$\"\"\"{{C.D}}", "\"\"\";", "f"],
            code.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Using_directives_of_every_form_are_references()
    {
        const string source = """
            using Manifold.Engine.Optimizer;
            using static Manifold.Engine.Session.Session;
            using Plan = Manifold.Engine.Execution.Operators.IOperator;
            using System.Text;
            namespace Manifold.Engine.Planning;
            """;
        Assert.Equal(["1:Manifold.Engine.Optimizer", "2:Manifold.Engine.Session", "3:Manifold.Engine.Execution.Operators"], References(source));
    }

    [Fact]
    public void Qualified_names_resolve_through_enclosing_namespaces_but_member_access_does_not()
    {
        const string source = """
            namespace Manifold.Engine.Planning;
            class A
            {
                Session.Session S;                                   // relative to Manifold.Engine
                void F() => Metadata.GetCatalog(x.Optimizer.PlanOptimizer);
                Spi.Errors.ManifoldException E;                      // relative to Manifold
                global::Manifold.Engine.Execution.Operators.IOperator O;
                Manifold.Sql.Tree.Node N; System.Text.StringBuilder B;
                string T = "Manifold.Engine.Optimizer.PlanOptimizer";
            }
            """;
        Assert.Equal(["4:Manifold.Engine.Session", "6:Manifold.Spi.Errors", "7:Manifold.Engine.Execution.Operators", "8:Manifold.Sql.Tree"], References(source));
    }

    [Theory]
    [InlineData("Planning", "Analysis", true)]
    [InlineData("Metadata", "Session", true)]
    [InlineData("Session", "Metadata", false)]
    [InlineData("Analysis", "Planning", false)]
    [InlineData("Optimizer", "Execution", false)]
    [InlineData("Runtime", "Execution", true)]
    [InlineData("Execution", "Functions", true)]
    [InlineData("Metadata", "Connectors/InformationSchema", true)]
    [InlineData("Planning", "Sql", true)]
    [InlineData("Functions", "Spi", true)]
    [InlineData("Functions", "Sql", false)]
    [InlineData("Functions", "Metadata", false)]
    [InlineData("Connectors/Memory", "Connectors/Memory", true)]
    [InlineData("Connectors/Memory", "Connectors/Tpch", false)]
    [InlineData("Connectors/SystemCatalog", "Metadata", false)]
    [InlineData("Connectors/SystemCatalog", "Functions", false)]
    public void The_folder_rule_allows_only_leftward_uses(string source, string target, bool allowed)
        => Assert.Equal(allowed, EngineLayers.Allows(source, target, out _));

    [Theory]
    [InlineData("src/Manifold.Engine/Planning/Nodes/FilterNode.cs", "Planning")]
    [InlineData("src/Manifold.Engine/Connectors/SystemCatalog/MetadataSchema/CatalogsTable.cs", "Connectors/SystemCatalog")]
    [InlineData("src/Manifold.Engine/Functions/Scalar/String/LengthFunction.cs", "Functions")]
    [InlineData("src/Manifold.Engine/Stray.cs", null)]
    [InlineData("src/Manifold.Engine/Physical/X.cs", null)]
    public void Files_belong_to_the_unit_of_their_folder(string path, string? unit) => Assert.Equal(unit, EngineLayers.UnitOfPath(path));

    [Theory]
    [InlineData("Manifold.Engine.Connectors.Tpch", "Connectors/Tpch")]
    [InlineData("Manifold.Engine.Execution.Operators", "Execution")]
    [InlineData("Manifold.Spi.Vectors", "Spi")]
    [InlineData("Manifold.Sql", "Sql")]
    [InlineData("System.Text", null)]
    public void Namespaces_map_to_units(string ns, string? unit) => Assert.Equal(unit, EngineLayers.UnitOfNamespace(ns));

    [Fact]
    public void Project_rules_match_by_name_and_prefix()
    {
        Assert.Equal(["Manifold.Spi", "Manifold.Sql"], ProjectReferenceTests.RuleFor("Manifold.Connectors.PostgreSql")!);
        Assert.Empty(ProjectReferenceTests.RuleFor("Manifold.Spi")!);
        Assert.Null(ProjectReferenceTests.RuleFor("Manifold.Unknown"));
        Assert.True(ProjectReferenceTests.Matches("Manifold.Connectors.*", "Manifold.Connectors.Sqlite"));
        Assert.False(ProjectReferenceTests.Matches("Manifold.Engine", "Manifold.Engine.Extra"));
    }
}
