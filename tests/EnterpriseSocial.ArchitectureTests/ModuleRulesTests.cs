using System.Reflection;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace EnterpriseSocial.ArchitectureTests;

/// <summary>The module rules of the architecture, checked for every module the host references.</summary>
public sealed class ModuleRulesTests
{
    private const string Prefix = "EnterpriseSocial.";
    private static readonly string[] Platform = ["EnterpriseSocial.SharedKernel", "EnterpriseSocial.Infrastructure", "EnterpriseSocial.Host"];

    /// <summary>Module names, found from the host's references: every implementation has a Contracts twin.</summary>
    private static readonly string[] ModuleNames = typeof(Program).Assembly.GetReferencedAssemblies()
        .Select(a => a.Name!)
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && !Platform.Contains(name))
        .Where(name => !name.EndsWith(".Contracts", StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .ToArray();

    public static readonly TheoryData<string> Modules = new(ModuleNames);

    private static Assembly Implementation(string module) => Assembly.Load(Prefix + module);

    private static Assembly Contracts(string module) => Assembly.Load($"{Prefix}{module}.Contracts");

    [Fact]
    public void The_host_references_at_least_one_module() => Assert.NotEmpty(ModuleNames);

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_only_public_type_of_a_module_is_its_module_class(string module)
    {
        var publicTypes = Implementation(module).GetExportedTypes().Select(t => t.Name).ToList();
        Assert.Equal([$"{module}Module"], publicTypes);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Classes_of_a_module_are_sealed_abstract_or_static(string module)
    {
        var open = Types.InAssembly(Implementation(module))
            .That().AreClasses().And().AreNotAbstract().And().AreNotSealed()
            .And().DoNotHaveNameStartingWith("<")
            .GetTypes()
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_depends_on_no_other_module_but_through_its_contracts(string module)
    {
        var others = ModuleNames.Where(other => other != module).Select(other => Prefix + other).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Implementation(module))
            .ShouldNot().HaveDependencyOnAny(others.Select(o => o + ".").ToArray())
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));

        var referenced = Implementation(module).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name => others.Contains(name));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_depend_on_nothing_but_the_shared_kernel(string module)
    {
        var referenced = Contracts(module).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && name != "mscorlib")
            .ToList();
        Assert.All(referenced, name => Assert.Equal("EnterpriseSocial.SharedKernel", name));

        var result = Types.InAssembly(Contracts(module))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();
        Assert.True(result.IsSuccessful);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Each_module_has_one_database_whose_schema_is_its_name(string module)
    {
        var contexts = Implementation(module).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ModuleDbContext)) && t.IsAbstract)
            .ToList();
        var context = Assert.Single(contexts);

        var providers = Implementation(module).GetTypes().Where(t => t.IsSubclassOf(context) && !t.IsAbstract).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { $"PostgreSql{module}DbContext", $"SqlServer{module}DbContext", $"Sqlite{module}DbContext" }.Order(StringComparer.Ordinal), providers);

        var schema = context.GetField("SchemaName", BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null);
        Assert.Equal(module.ToLowerInvariant(), schema);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Each_module_keeps_migrations_for_every_provider(string module)
    {
        var migrations = Implementation(module).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
            .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()!.ContextType.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { $"PostgreSql{module}DbContext", $"SqlServer{module}DbContext", $"Sqlite{module}DbContext" }.Order(StringComparer.Ordinal), migrations);
    }
}
