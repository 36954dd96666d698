#!/usr/bin/env bash
# Adds a migration to one module for all three database providers, so that none falls behind.
# Usage: deploy/scripts/add-migration.sh <Module> <MigrationName>     e.g.  Profiles AddSkills
set -euo pipefail
module=${1:?module name, e.g. Profiles}
name=${2:?migration name, e.g. AddSkills}
cd "$(dirname "$0")/../.."

project="src/Modules/$module/EnterpriseSocial.$module"
dotnet tool restore >/dev/null
dotnet build src/EnterpriseSocial.Host -p:SkipClientBuild=true -v quiet -nologo

for provider in Sqlite PostgreSql SqlServer; do
  # Generating a migration never connects; the connection strings only select the provider.
  Database__Provider=$provider \
  ConnectionStrings__PostgreSql="Host=127.0.0.1;Database=design" \
  ConnectionStrings__SqlServer="Server=127.0.0.1;Database=design;TrustServerCertificate=true" \
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project src/EnterpriseSocial.Host \
    --context "${provider}${module}DbContext" \
    --output-dir "Data/Migrations/$provider"
done

# The architecture allows a module one public type; generated migrations become internal and sealed.
find "$project/Data/Migrations" -name '*.cs' -print0 | xargs -0 sed -i -E \
  -e 's/^(\s*)public partial class /\1internal sealed partial class /' \
  -e 's/^(\s*)partial class (\w+) : ModelSnapshot/\1internal sealed partial class \2 : ModelSnapshot/'
