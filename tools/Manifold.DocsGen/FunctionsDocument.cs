using System.Text;
using Manifold.Engine.Metadata;
using Manifold.Spi.Functions;

namespace Manifold.DocsGen;

/// <summary>Renders <c>docs/functions.md</c>: every function SHOW FUNCTIONS lists, grouped by kind and by area (the folder of
/// its class under <c>src/Manifold.Engine/Functions</c>), with its signatures, description, example and aliases.</summary>
/// <remarks>Descriptions and examples are required of every function class by the function tests
/// (<c>FunctionMetadataTests</c> for scalar functions, <c>FunctionCatalogTests</c> for aggregate and window functions), so
/// this renderer takes them as they are.</remarks>
public static class FunctionsDocument
{
    private static readonly FunctionKind[] s_kinds = [FunctionKind.Scalar, FunctionKind.Aggregate, FunctionKind.Window];

    /// <summary>One documented function: every registry entry with its kind and primary name.</summary>
    private sealed record Function(string Name, FunctionKind Kind, string Area, FunctionAttribute Attribute, IReadOnlyList<FunctionSignature> Signatures)
    {
        public string Heading => Name;
    }

    /// <summary>The document's text.</summary>
    public static string Render(FunctionRegistry registry)
    {
        List<Function> functions = Collect(registry);
        var anchors = new AnchorSet();
        var text = new StringBuilder();
        text.Append("# Functions\n\n").Append(GeneratedDocs.Header("the function registry")).Append("\n\n");
        text.Append($"Manifold has {Count(functions, FunctionKind.Scalar)} scalar, {Count(functions, FunctionKind.Aggregate)} aggregate and ")
            .Append($"{Count(functions, FunctionKind.Window)} window functions. `SHOW FUNCTIONS` lists the same signatures. Names follow ")
            .Append("Trino's; argument and return types use Trino's type names, where `T`, `K` and `V` stand for any type (the note after a ")
            .Append("signature says when the type must be comparable or orderable) and `p`, `s` and `x` for type parameters. A trailing ")
            .Append("`...` means the last argument may repeat. Every aggregate function can also be used as a window function with `OVER`.\n\n");

        text.Append("## Contents\n\n");
        foreach (FunctionKind kind in s_kinds)
        {
            string kindHeading = KindHeading(kind);
            text.Append($"- [{kindHeading}](#{Markdown.Anchor(kindHeading)})");
            var areas = Areas(functions, kind);
            if (areas.Count > 1)
            {
                text.Append(": ").Append(string.Join(" · ", areas.Select(a => $"[{a.Key}](#{Markdown.Anchor(AreaHeading(a.Key))}) ({a.Count()})")));
            }
            text.Append('\n');
        }
        text.Append("- [Index](#index)\n");

        var anchorOf = new Dictionary<Function, string>();
        foreach (FunctionKind kind in s_kinds)
        {
            text.Append($"\n## {KindHeading(kind)}\n");
            anchors.Add(KindHeading(kind));
            var areas = Areas(functions, kind);
            foreach (var area in areas)
            {
                if (areas.Count > 1)
                {
                    text.Append($"\n### {AreaHeading(area.Key)}\n");
                    anchors.Add(AreaHeading(area.Key));
                }
                foreach (Function function in area)
                {
                    anchorOf[function] = anchors.Add(function.Heading);
                    AppendFunction(text, function, areas.Count > 1 ? "####" : "###");
                }
            }
        }

        text.Append("\n## Index\n\n| Name | Kind | Area |\n|---|---|---|\n");
        var index = functions.Select(f => (Name: f.Name, Function: f))
            .Concat(functions.SelectMany(f => f.Attribute.Aliases.Select(a => (Name: a, Function: f))))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Function.Kind);
        foreach (var (name, function) in index)
        {
            string link = $"[{name}](#{anchorOf[function]})";
            string kind = function.Kind.ToString().ToLowerInvariant();
            text.Append($"| {(name == function.Name ? link : $"{link} (alias of {function.Name})")} | {kind} | {function.Area} |\n");
        }
        return text.ToString();
    }

    private static List<Function> Collect(FunctionRegistry registry)
    {
        // The registry lists a function once per name it answers to; keep the entries under their own names.
        var byFunction = new Dictionary<(FunctionKind, string), List<FunctionEntry>>();
        foreach (FunctionEntry entry in registry.All)
        {
            if (entry.IsHidden || entry.Name != entry.Attribute.Name.ToLowerInvariant())
            {
                continue;
            }
            var key = (entry.Attribute.Kind, entry.Name);
            if (!byFunction.TryGetValue(key, out var list))
            {
                byFunction[key] = list = [];
            }
            list.Add(entry);
        }
        var functions = new List<Function>();
        foreach (var ((kind, name), entries) in byFunction)
        {
            // Several classes may implement overloads of one name: document them together, under the first one's text.
            var signatures = entries.SelectMany(e => e.Signatures).ToArray();
            functions.Add(new Function(name, kind, Area(entries[0].Implementation.GetType(), kind), entries[0].Attribute, signatures));
        }
        return functions.OrderBy(f => f.Kind).ThenBy(f => f.Area, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private static void AppendFunction(StringBuilder text, Function function, string level)
    {
        FunctionAttribute attribute = function.Attribute;
        text.Append($"\n{level} {function.Heading}\n\n");
        text.Append(attribute.Description.Trim()).Append("\n\n");
        foreach (FunctionSignature signature in function.Signatures)
        {
            text.Append("- ").Append(Markdown.Code($"{function.Name}({signature.ArgumentsText}) → {signature.ReturnType}"));
            string constraints = Constraints(signature);
            if (constraints.Length > 0)
            {
                text.Append(" (").Append(constraints).Append(')');
            }
            text.Append('\n');
        }
        text.Append("\nExample: ").Append(Markdown.Code(attribute.Example.Trim())).Append('\n');
        if (attribute.Aliases.Length > 0)
        {
            text.Append("\nAliases: ").Append(string.Join(", ", attribute.Aliases.Select(Markdown.Code))).Append('\n');
        }
        if (!attribute.Deterministic)
        {
            text.Append("\nNot deterministic: calls with equal arguments may return different results.\n");
        }
    }

    private static string Constraints(FunctionSignature signature)
        => string.Join(", ", signature.TypeVariables
            .Where(v => v.Comparable || v.Orderable)
            .Select(v => $"{v.Name} {(v.Orderable ? "orderable" : "comparable")}"));

    /// <summary>The area of a function: the folder of its class below its kind's folder (Scalar/String → String).</summary>
    private static string Area(Type type, FunctionKind kind)
    {
        string[] parts = (type.Namespace ?? "").Split('.');
        int functions = Array.IndexOf(parts, "Functions");
        string folder = functions >= 0 && functions + 2 < parts.Length ? parts[functions + 2]
            : functions >= 0 && functions + 1 < parts.Length ? parts[functions + 1]
            : kind.ToString();
        return folder switch
        {
            "DateTime" => "Date and time",
            "Json" => "JSON",
            "Misc" => "Other",
            _ => folder,
        };
    }

    private static List<IGrouping<string, Function>> Areas(List<Function> functions, FunctionKind kind)
        => functions.Where(f => f.Kind == kind).GroupBy(f => f.Area).OrderBy(g => g.Key == "Other").ThenBy(g => g.Key, StringComparer.Ordinal).ToList();

    private static int Count(List<Function> functions, FunctionKind kind) => functions.Count(f => f.Kind == kind);

    private static string KindHeading(FunctionKind kind) => kind switch
    {
        FunctionKind.Scalar => "Scalar functions",
        FunctionKind.Aggregate => "Aggregate functions",
        FunctionKind.Window => "Window functions",
    };

    private static string AreaHeading(string area) => $"{area} functions";

    /// <summary>Headings' anchors as GitHub makes them unique: the second "x" is "x-1", and so on.</summary>
    private sealed class AnchorSet
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Add(string heading)
        {
            string anchor = Markdown.Anchor(heading);
            if (_seen.TryGetValue(anchor, out int count))
            {
                _seen[anchor] = count + 1;
                return $"{anchor}-{count}";
            }
            _seen[anchor] = 1;
            return anchor;
        }
    }
}
