import ArgumentParser
import Foundation
import Output

/// Each input is rendered in a scope: its source root (what its pages may read), its cache folder, and the record
/// of the files it writes, which ends in the output manifest (`OutputManifest`) once the input is done.
extension Driver {
    /// One input's render.
    struct Scope {
        /// The course root (or the folder of a notebook rendered alone).
        var root: SourceRoot
        /// The result cache, nil when off or unusable.
        var cacheFolder: URL?
        /// The files written so far.
        var written: WrittenFiles
    }

    /// This driver with the scope of `input`; nil when its folder cannot be reached. Prints the cache's warnings
    /// and the note about a retired cache folder in the output.
    func scoped(for input: String, isDirectory: Bool) -> Driver? {
        guard let root = isDirectory ? SourceRoot.course(input) : SourceRoot.notebook(input) else { return nil }
        var cache: URL?
        if configuration.useCache, !checkOnly {
            let (folder, warning) = CacheFolder.choose(root: root, explicit: configuration.cacheDirectory)
            if let warning { printError(warning) }
            cache = folder
        }
        if !checkOnly, let note = CacheFolder.retireOld(in: outputFolder, movingTo: cache ?? root.defaultCache) { printError(note) }
        var driver = self
        driver.scope = Scope(root: root, cacheFolder: cache, written: WrittenFiles(output: outputFolder))
        return driver
    }

    /// After `input` was rendered with `outcome`: records what it wrote in the output manifest and removes the
    /// files its previous render wrote and this one did not (not after an unreadable notebook, whose pages are
    /// unknown). `.writeFailed` when the manifest cannot be written.
    func finish(_ input: String, outcome: ExitCode) -> ExitCode {
        guard !checkOnly, let scope else { return .success }
        let (loaded, warning) = OutputManifest.load(outputFolder)
        if let warning { printError(warning) }
        var manifest = loaded ?? OutputManifest()
        let render = RelativePath.from(outputFolder, to: URL(fileURLWithPath: input))
        let tidied = manifest.update(render: render, written: scope.written.written, attempted: scope.written.attempted,
                                     prune: outcome != .badInput, output: outputFolder)
        for path in tidied.removed { printError("nbrun: removed \(outputFolder.appendingPathComponent(path).relativePath): no longer written") }
        for line in tidied.warnings { printError(line) }
        guard loaded == nil || manifest != loaded else { return .success }
        do {
            try AtomicFile.write(manifest.data, to: outputFolder.appendingPathComponent(OutputManifest.fileName))
            return .success
        } catch {
            printError("nbrun: error: cannot write \(error)")
            return .writeFailed
        }
    }

    /// Why `--cache-dir` cannot be used, or nil: it must not lie in the output folder (which holds the site only)
    /// and must be a folder when it exists.
    var cacheDirectoryProblem: String? {
        guard let cache = configuration.cacheDirectory else { return nil }
        let output = OutputFolder(url: outputFolder)
        if let real = RealPath.resolvePartially(cache.standardizedFileURL.path),
           let outputReal = output.realPath ?? RealPath.resolvePartially(outputFolder.standardizedFileURL.path),
           RealPath.isInside(real, root: outputReal) {
            return "it is inside the output folder \(outputFolder.relativePath), which holds the published site only"
        }
        if let status = FileStatus.following(cache.path), status.kind != .directory { return "it is \(status.kind), not a folder" }
        return nil
    }
}
