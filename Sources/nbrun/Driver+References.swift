import ArgumentParser
import Foundation
import Notebook
import Output
import Report

/// The `references.bib` of a course or a page, and the check of its cross-references and citations.
extension Driver {
    /// The bibliography files read so far, by path (each is read and reported once).
    typealias BibliographyFiles = [String: ReferenceCheck.BibliographyFile]

    /// The `references.bib` of `folder` (ending in `/`), else of the nearest folder above it up to the course root
    /// `root`; read once per file (`files`). A malformed or unreadable file prints its located error once and makes
    /// the exit status 1 (unless errors are allowed).
    func bibliographyFile(folder: String, root: String, files: inout BibliographyFiles, status: inout ExitCode) -> ReferenceCheck.BibliographyFile {
        var candidates: [String] = []
        var current = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
        let rootPath = Self.standardPath(root.isEmpty ? "." : root)
        while true {
            candidates.append(current + "references.bib")
            let here = Self.standardPath(current.isEmpty ? "." : current)
            guard here != rootPath, here != "/", here.hasPrefix(rootPath) else { break }
            let parent = (String(current.dropLast()) as NSString).deletingLastPathComponent
            current = parent.isEmpty ? "" : parent + "/"
        }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return .missing(candidates.last ?? "references.bib")
        }
        if let known = files[path] { return known }
        let file = readBibliography(path, root: root)
        if case .failed = file, !configuration.allowErrors { status = worse(status, .cellFailed) }
        files[path] = file
        return file
    }

    /// The entries of the BibTeX file `path`, or `.failed` with its error printed.
    private func readBibliography(_ path: String, root: String) -> ReferenceCheck.BibliographyFile {
        guard let real = RealPath.resolve(path), let realRoot = RealPath.resolve(root.isEmpty ? "." : root),
              RealPath.isInside(real, root: realRoot) else {
            printError(Diagnostic(.error, "references.bib leads outside the course folder; nbrun reads only inside it", at: nil, file: path).description)
            return .failed
        }
        do {
            let data = try RegularFile.read(path)
            guard let text = String(data: data, encoding: .utf8) else {
                printError(Diagnostic(.error, "file is not valid UTF-8", at: nil, file: path, hint: "save references.bib as UTF-8").description)
                return .failed
            }
            return .loaded(Bibliography(try BibTeXParser.parse(text, path: path), path: path))
        } catch let diagnostic as Diagnostic {
            printError(diagnostic.description)
        } catch {
            printError(Diagnostic(.error, "cannot read: \(error)", at: nil, file: path).description)
        }
        return .failed
    }

    /// The bibliography of a checked file, when it could be read.
    static func entries(_ file: ReferenceCheck.BibliographyFile) -> Bibliography? {
        if case let .loaded(bibliography) = file { return bibliography }
        return nil
    }
}
