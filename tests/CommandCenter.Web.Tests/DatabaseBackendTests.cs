using Xunit.Abstractions;

namespace CommandCenter.Web.Tests;

public sealed class DatabaseBackendTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    [Fact]
    public void Integration_tests_run_on_Testcontainers_when_an_image_is_given()
    {
        output.WriteLine($"Integration tests use: {postgres.Backend}");
        if (PostgresFixture.Image is { } image)
        {
            Assert.Equal($"Testcontainers ({image})", postgres.Backend);
        }
        else
        {
            Assert.Equal("managed local PostgreSQL", postgres.Backend);
        }
    }
}
