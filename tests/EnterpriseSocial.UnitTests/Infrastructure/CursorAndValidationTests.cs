using EnterpriseSocial.Infrastructure.Http;

namespace EnterpriseSocial.UnitTests.Infrastructure;

public sealed class CursorAndValidationTests
{
    [Theory]
    [InlineData("helene lefevre#0123")]
    [InlineData("zoé ü ß 漢字")]
    public void A_cursor_round_trips(string sortKey)
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(sortKey), out var decoded));
        Assert.Equal(sortKey, decoded);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("")]
    [InlineData("a")]
    public void A_cursor_the_api_did_not_make_is_refused(string cursor) =>
        Assert.False(Cursor.TryDecode(cursor, out _));

    [Fact]
    public void Paging_reports_each_bad_parameter()
    {
        var errors = new ValidationErrors();
        Paging.Read("%%%", 0, errors);

        var fields = errors.ToDictionary();
        Assert.Contains("cursor", fields.Keys);
        Assert.Contains("limit", fields.Keys);
    }

    [Fact]
    public void Paging_defaults_to_twenty()
    {
        var errors = new ValidationErrors();
        var (sortKey, limit) = Paging.Read(null, null, errors);

        Assert.True(errors.IsEmpty);
        Assert.Null(sortKey);
        Assert.Equal(Paging.DefaultLimit, limit);
    }
}
