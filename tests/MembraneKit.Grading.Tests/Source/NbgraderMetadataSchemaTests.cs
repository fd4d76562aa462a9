using System.Text.Json.Nodes;

namespace MembraneKit.Grading.Tests.Source;

public class NbgraderMetadataSchemaTests
{
    [Fact]
    public void Metadata_as_nbgrader_writes_it_is_valid()
    {
        Assert.Empty(NbgraderMetadataSchema.Validate(JsonNode.Parse(SourceNotebook.Meta(grade: true, id: "a-b_1", points: 2.5))));
        Assert.Empty(NbgraderMetadataSchema.Validate(JsonNode.Parse("""{"schema_version":3,"grade":false,"solution":true,"locked":false,"grade_id":"x","checksum":"0123456789abcdef0123456789abcdef","cell_type":"code"}""")));
    }

    [Theory]
    [InlineData("""{"schema_version":2,"grade":false,"solution":false,"locked":false}""", "metadata.nbgrader.schema_version")]
    [InlineData("""{"schema_version":3,"grade":"yes","solution":false,"locked":false}""", "metadata.nbgrader.grade")]
    [InlineData("""{"schema_version":3,"grade":true,"solution":false,"locked":false,"grade_id":"a","points":-1}""", "metadata.nbgrader.points")]
    [InlineData("""{"schema_version":3,"grade":false,"solution":true,"locked":false,"grade_id":"has space"}""", "metadata.nbgrader.grade_id")]
    [InlineData("""{"schema_version":3,"grade":false,"solution":false,"locked":false,"checksum":"abc"}""", "metadata.nbgrader.checksum")]
    [InlineData("""{"schema_version":3,"grade":false,"solution":false,"locked":false,"cell_type":"heading"}""", "metadata.nbgrader.cell_type")]
    public void A_field_of_the_wrong_kind_is_named(string metadata, string field)
    {
        var errors = NbgraderMetadataSchema.Validate(JsonNode.Parse(metadata));
        Assert.Contains(errors, e => e.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_flag_and_an_unknown_key_are_refused()
    {
        var errors = NbgraderMetadataSchema.Validate(JsonNode.Parse("""{"schema_version":3,"grade":false,"solution":false,"weight":3}"""));
        Assert.Contains(errors, e => e.Contains("locked", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("weight", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_in_the_repository_is_the_one_embedded()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "MembraneKit.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var file = File.ReadAllText(Path.Combine(root, "src", "MembraneKit.Grading", "Schema", "nbgrader-cell-metadata.v3.schema.json"));
        Assert.Equal(file, NbgraderMetadataSchema.Text);
        Assert.Contains("\"additionalProperties\": false", file, StringComparison.Ordinal);
    }
}
