import Foundation
import Output
import Report
import Results

extension Driver {
    /// Whether this render writes `.py` or `.ipynb` exports (then `writeExportSupport` must run for their folders).
    var writesPythonExports: Bool { configuration.formats.contains(.py) || configuration.formats.contains(.ipynb) }

    /// Writes what the `.py` and `.ipynb` exports in `folder` need beside them, once per folder (callers check
    /// `writesPythonExports`, or that they wrote exports themselves): the runtime module, `requirements.txt`, and
    /// each data file the notebooks read, copied from its notebook's folder to the path the exported code reads it
    /// from (`PythonExportFolder`), so the folder runs from any working directory, moved or zipped. False when a
    /// file could not be written or read (printed; the rest are still written).
    func writeExportSupport(_ notebooks: [(result: NotebookResult, folder: URL)], into folder: URL) -> Bool {
        var written = writeFile(Data(PythonRuntime.text.utf8), to: folder.appendingPathComponent(PythonRuntime.fileName))
        written = writeFile(Data(PythonRuntime.requirements.utf8), to: folder.appendingPathComponent(PythonExportFolder.requirementsFile)) && written
        var copied: [String: String] = [:]  // export path → the file copied there
        for (result, notebookFolder) in notebooks {
            for file in PythonExportFolder.dataFiles(of: result) {
                let source = notebookFolder.appendingPathComponent(file.source).standardizedFileURL.path
                let target = folder.appendingPathComponent(file.exported).standardizedFileURL
                if let earlier = copied[file.exported] {
                    if earlier != source {
                        printError("nbrun: warning: \(source) and \(earlier) are both exported as \(target.path); the exports read the first")
                    }
                    continue
                }
                copied[file.exported] = source
                written = copyData(from: source, to: target) && written
            }
        }
        return written
    }

    /// Copies the data file `source` to `target` (nothing to do when both are the same file, as when the output
    /// folder is the notebook's folder); false, with the reason printed, when it cannot be read or written.
    private func copyData(from source: String, to target: URL) -> Bool {
        if let real = RealPath.resolve(source), RealPath.resolve(target.path) == real { return true }
        guard OutputFolder(url: outputFolder).keepsInside(target.deletingLastPathComponent()) else {
            printError("nbrun: error: cannot write \(target.path): its folder is a symbolic link leading outside the output folder")
            return false
        }
        do {
            return writeFile(try RegularFile.read(source), to: target)
        } catch {
            printError("nbrun: error: cannot copy the data file \(source) beside the exports: \(error)")
            return false
        }
    }
}
