import Foundation
import PackagePlugin

/// Generates `EngineIdentity.swift` for the Runner: a hash of every source file of the modules that decide a run's
/// numbers and hold its results (Engine, Config, Runner, Results, Formula), so the result cache's key changes whenever their code does. The
/// files are the command's inputs, so the hash is recomputed after any edit; new files are picked up because the
/// list is made again at every build.
@main
struct EngineIdentityPlugin: BuildToolPlugin {
    /// The modules whose sources are hashed.
    static let modules = ["Engine", "Config", "Runner", "Results", "Formula"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directory
        var inputs: [Path] = []
        for module in Self.modules {
            let folder = root.appending(["Sources", module])
            let names = try FileManager.default.subpathsOfDirectory(atPath: folder.string)
            inputs += names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appending(subpath: $0) }
        }
        let output = context.pluginWorkDirectory.appending("EngineIdentity.swift")
        return [.buildCommand(displayName: "Hashing the sources of \(Self.modules.joined(separator: ", "))",
                              executable: try context.tool(named: "EngineIdentityTool").path,
                              arguments: [output.string, root.string] + inputs.map(\.string),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
