using EnterpriseSocial.Host;
using EnterpriseSocial.Host.Setup;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.AddPlatform();
builder.Services.AddModules(builder.Configuration);

var app = builder.Build();
var command = StartupCommand.Parse(args);

if (command.Migrate)
{
    await app.Services.MigrateAndSeedAsync(command.SeedDemo, app.Lifetime.ApplicationStopping);
    return;
}

if (app.Environment.IsDevelopment() || command.SeedDemo)
{
    var seed = command.SeedDemo || app.Configuration.GetValue("Demo:SeedInDevelopment", true);
    await app.Services.MigrateAndSeedAsync(seed, app.Lifetime.ApplicationStopping);
}

app.UsePlatform();
app.MapModules();
app.MapClient();

await app.RunAsync();

/// <summary>The entry point, public so that integration tests can host it.</summary>
public partial class Program;
