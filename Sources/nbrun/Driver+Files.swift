import Foundation
import Output

/// A course publishes the files its pages use (`PageFiles`): each is copied into the output folder at the path
/// its pages' relative URLs name (`img/fig.svg`, `data/x.csv`), so the links work on the deployed site.
extension Driver {
    /// Copies every file once (a file several pages use is copied once); a file whose copy is already identical
    /// is not rewritten, but still recorded as written. False when one could not be read or written (printed).
    func publish(_ files: [PageFiles.File]) -> Bool {
        var copied = Set<String>()
        var ok = true
        for file in files where copied.insert(file.published).inserted {
            let target = outputFolder.appendingPathComponent(file.published)
            guard staysInsideOutput(target) else {
                printError("nbrun: error: cannot write \(target.path): a symbolic link on the way leads outside the output folder")
                ok = false
                continue
            }
            if RealPath.resolve(target.path) == file.real { continue }  // the output is the course folder: the file is its own copy, never nbrun's
            let data: Data
            do {
                data = try RegularFile.read(file.real)
            } catch {
                printError("nbrun: error: cannot read \(file.reference.path) (\(file.real)): \(error)")
                ok = false
                continue
            }
            if FileStatus.ofLink(target.path)?.kind == .regular, (try? RegularFile.read(target.path)) == data {
                scope?.written.record(target, data: data, written: true)
                continue
            }
            ok = writeFile(data, to: target) && ok
        }
        return ok
    }

    /// Whether writing `file` stays inside the output folder: the deepest existing folder on its way resolves
    /// inside it (so no symbolic link in the output carries a copy elsewhere).
    private func staysInsideOutput(_ file: URL) -> Bool {
        guard let root = OutputFolder(url: outputFolder).realPath else { return true }
        guard let folder = RealPath.resolvePartially(file.deletingLastPathComponent().standardizedFileURL.path) else { return false }
        return RealPath.isInside(folder, root: root)
    }
}
