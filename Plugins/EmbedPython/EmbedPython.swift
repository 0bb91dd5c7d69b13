import PackagePlugin

/// Build plugin: each `.py` file of a target becomes a Swift file declaring its text as a string constant of
/// `PythonPrelude` (`line_search.py` → `PythonPrelude.lineSearch`), written by `scripts/embed-python.sh`, so the
/// shipped Python is real Python in the repository and still part of the binary.
@main
struct EmbedPython: BuildToolPlugin {
    /// One command per `.py` file, rerun when the file or the script changes.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let script = context.package.directory.appending(["scripts", "embed-python.sh"])
        return target.sourceFiles(withSuffix: "py").map { file in
            let output = context.pluginWorkDirectory.appending(["\(file.path.stem).swift"])
            return .buildCommand(displayName: "Embedding \(file.path.lastComponent)", executable: Path("/bin/sh"),
                                 arguments: [script.string, file.path.string, output.string],
                                 inputFiles: [file.path, script], outputFiles: [output])
        }
    }
}
