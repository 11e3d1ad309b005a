namespace CommandCenter.Web.Features.People;

/// <summary>Accounts: sign-in, the token endpoint, the office's users and each account's own changes.</summary>
public static class PeopleExtensions
{
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAccounts>();
        return builder;
    }

    public static WebApplication MapPeople(this WebApplication app) =>
        app.MapEndpoints(AuthApi.MapAuthApi, AccountEndpoints.MapAccountEndpoints, UsersApi.MapUsersApi, AccountsApi.MapAccountsApi);
}
