import Foundation
import Notebook
import Output

/// A page rendered alone stays one self-contained file: the files its prose uses are embedded as `data:` URLs
/// (base64), up to a size per file and per page.
extension PageFiles {
    /// The most bytes of one file a page rendered alone embeds (2 MiB).
    static let embeddedFileLimit = 2 << 20
    /// The most bytes of all files one page rendered alone embeds (8 MiB; each file counted once).
    static let embeddedPageLimit = 8 << 20

    /// The `data:` URL of each file (keyed by the destination as written) and the located errors: a file over a
    /// limit, an image browsers cannot show, a file that cannot be read. With `read` false (`--check`) only
    /// the checks are made. A file over a limit is left as its relative path and fails the page.
    func embedded(read: Bool, notebook: String, input: String) -> (urls: [String: String], errors: [Diagnostic]) {
        var urls: [String: String] = [:], errors: [Diagnostic] = []
        var total = 0
        var counted: [String: String] = [:]
        for file in files {
            let reference = file.reference
            let type: String
            if reference.kind == .image {
                guard let image = MediaType.image(file.real) else {
                    errors.append(Diagnostic(.error, "image '\(reference.path)' is not a kind of image browsers show", at: reference.location,
                                             file: notebook, hint: "use one of: \(MediaType.imageExtensions)"))
                    continue
                }
                type = image
            } else {
                type = MediaType.download(file.real)
            }
            if let url = counted[file.real] {
                urls[reference.destination] = url
                continue
            }
            if let error = limitError(file, total: total, notebook: notebook, input: input) {
                errors.append(error)
                continue
            }
            total += file.size
            guard read else { continue }
            do {
                let url = "data:\(type);base64," + (try RegularFile.read(file.real)).base64EncodedString()
                counted[file.real] = url
                urls[reference.destination] = url
            } catch {
                errors.append(Diagnostic(.error, "cannot read '\(reference.path)': \(error)", at: reference.location, file: notebook,
                                         hint: "check the file's permissions"))
            }
        }
        return (urls, errors)
    }

    /// The error for `file` when embedding it would pass a limit, given `total` bytes embedded before it.
    private func limitError(_ file: File, total: Int, notebook: String, input: String) -> Diagnostic? {
        let what = (file.reference.kind == .image ? "image" : "linked file") + " '\(file.reference.path)'"
        let hint = "render the course folder instead (nbrun \(Self.courseFolder(of: input))), which copies files beside "
            + "the pages, or make the file smaller"
        if file.size > Self.embeddedFileLimit {
            return Diagnostic(.error, "\(what) is \(Self.megabytes(file.size)); a page rendered alone embeds files of at most "
                                  + Self.megabytes(Self.embeddedFileLimit), at: file.reference.location, file: notebook, hint: hint)
        }
        if total + file.size > Self.embeddedPageLimit {
            return Diagnostic(.error, "\(what) would bring the files embedded in this page to \(Self.megabytes(total + file.size)); "
                                  + "a page rendered alone embeds at most \(Self.megabytes(Self.embeddedPageLimit)) in all",
                              at: file.reference.location, file: notebook, hint: hint)
        }
        return nil
    }

    /// `1.5 MB`-style sizes (MiB, one decimal).
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }

    /// The folder of the notebook `input`, as a command-line argument (`notebooks/`).
    private static func courseFolder(of input: String) -> String {
        let folder = (input as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder + "/"
    }
}
