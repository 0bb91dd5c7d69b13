import Results

/// What a folder of `.py`/`.ipynb` exports holds beside them so that it runs from anywhere, moved or zipped: the
/// runtime module (`PythonRuntime.fileName`), `requirements.txt`, and every data file its notebooks read, at the
/// path the exported code reads it from (relative to the export's own folder).
public enum PythonExportFolder {
    /// The name of the requirements file.
    public static let requirementsFile = "requirements.txt"

    /// The data files `result`'s runs read: each path as the notebook wrote it (relative to the notebook's folder)
    /// and the path of its copy in the export folder, once each, in document order.
    public static func dataFiles(of result: NotebookResult) -> [(source: String, exported: String)] {
        var seen: Set<String> = []
        var files: [(source: String, exported: String)] = []
        for run in result.runs {
            guard case let .csv(file, _, _)? = run.resolved?.data?.source, seen.insert(file).inserted else { continue }
            files.append((file, exportedPath(file)))
        }
        return files
    }

    /// The path of a data file's copy, relative to the export folder: the notebook's relative path with `.` parts
    /// and empty parts removed and each `..` applied (`data/./x.csv` → `data/x.csv`, `a/../x.csv` → `x.csv`);
    /// a `..` that would climb out of the folder is dropped, so the copy always stays inside it.
    public static func exportedPath(_ file: String) -> String {
        var parts: [Substring] = []
        for part in file.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
