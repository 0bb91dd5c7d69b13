import Config
import Engine
import Foundation
import Output
import Notebook

/// Loads a CSV data set whose path is relative to the notebook's folder and confined to the course root (the
/// notebook's folder when it is rendered alone, so a sub-course such as `zh/` may read `../data/x.csv`).
///
/// Nothing is guessed: a row whose field count differs from the header, an empty or non-numeric feature value,
/// a target mixing numbers and text, and a text target for a regression loss are errors `FILE:LINE: …` naming
/// the column, located in the notebook at the run's data spec (the `csv:` value, or the column's name).
struct CSVLoader {
    /// Folder of the notebook (data paths are relative to it).
    let notebookFolder: URL
    /// The folder data files must stay inside: the course root, or the notebook's folder.
    let root: URL
    /// Notebook path for diagnostics.
    let path: String

    /// What a loaded file is for: where its spec is, which columns it names, and whether text targets may become classes.
    struct Request {
        /// The `csv:` value.
        let file: String
        /// The target column.
        let target: String
        /// The feature columns (nil: every column but the target).
        let features: [String]?
        /// Location of the `csv:` value.
        let location: SourceLocation
        /// Locations of the column names.
        let columns: CSVColumnLocations
        /// Whether the run classifies (a text target becomes classes sorted by name); otherwise the target must be numeric.
        let classification: Bool
    }

    /// Reads, parses and checks the file, chunk by chunk (the file is never held in memory whole).
    func load(_ request: Request) throws -> Dataset {
        let url = try resolve(request.file, at: request.location)
        let handle: FileHandle
        do throws(RegularFile.Refusal) {
            handle = try RegularFile.open(url.path)
        } catch .notRegular(let kind) {
            throw Diagnostic(.error, "data file '\(request.file)' is \(kind), not a regular file", at: request.location, file: path,
                             hint: "a data file must be an ordinary CSV file inside the notebook's folder")
        } catch {
            throw missing(request.file, url: url, at: request.location)
        }
        defer { try? handle.close() }
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        guard size <= CSVLimits.maxBytes else {
            throw Diagnostic(.error, "data file '\(request.file)' is \(size) bytes; at most \(CSVLimits.maxBytes) are allowed",
                             at: request.location, file: path)
        }
        let descriptor = handle.fileDescriptor
        let reader = CSVReader(target: request.target, featureNames: request.features, limit: Limits.maxRows, expectedBytes: size)
        let contents = try reader.read { buffer in
            while true {
                let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                guard errno == EINTR else {
                    throw Diagnostic(.error, "cannot read data file '\(request.file)'", at: request.location, file: path,
                                     hint: "check the file's permissions")
                }
            }
        }
        return try CSVTable(request: request, path: path, contents: contents).dataset()
    }

    /// Why `file` could not be read: not found (with the data files that are there), or unreadable.
    private func missing(_ file: String, url: URL, at location: SourceLocation) -> Diagnostic {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            return Diagnostic(.error, "cannot read data file '\(file)'", at: location, file: path, hint: "check the file's permissions")
        }
        let folder = url.deletingLastPathComponent()
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        let prefix = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
        let hint: String
        if let match = Suggestion.closest(to: url.lastPathComponent, in: present) {
            hint = "did you mean '\(prefix + match)'?"
        } else {
            hint = present.isEmpty ? "paths are relative to the notebook's folder" : "data files there: " + present.prefix(6).joined(separator: ", ")
        }
        return Diagnostic(.error, "data file '\(file)' not found", at: location, file: path, hint: hint)
    }

    /// Resolves `file` inside the root's folder tree; absolute paths, `..` escapes and symbolic links that lead
    /// out of the tree are errors. The path is resolved where it really leads (`realpath` of the deepest part that
    /// exists, then the missing rest), so a link out of the folder is caught even when the file behind it is missing
    /// (and its folder's files are never listed in a hint).
    func resolve(_ file: String, at location: SourceLocation) throws -> URL {
        if file.hasPrefix("/") || file.hasPrefix("~") {
            throw Diagnostic(.error, "data path '\(file)' must be relative to the notebook's folder", at: location, file: path,
                             hint: "a notebook may only read files inside its own folder tree")
        }
        let folder = notebookFolder.standardizedFileURL
        let boundary = root.standardizedFileURL
        let root = RealPath.resolve(boundary.path) ?? boundary.path
        let sameFolder = boundary.path == folder.path
        guard let resolved = RealPath.resolvePartially(folder.appendingPathComponent(file).path) else {
            throw Diagnostic(.error, "data file '\(file)' not found", at: location, file: path, hint: "paths are relative to the notebook's folder")
        }
        guard RealPath.isInside(resolved, root: root), resolved != root else {
            throw Diagnostic(.error, "data path '\(file)' leaves the \(sameFolder ? "notebook's" : "course") folder", at: location,
                             file: path, hint: "a notebook may only read files inside \(sameFolder ? "its own folder tree" : "the course folder")"
                                 + "; '..' escapes and symbolic links leading out are not allowed")
        }
        return URL(fileURLWithPath: resolved)
    }
}

/// Size limits of a CSV data file (rows: `Limits.maxRows`).
enum CSVLimits {
    /// Largest data file, in bytes.
    static let maxBytes = 256 << 20
    /// Most columns in the header.
    static let maxColumns = 1_000
}
