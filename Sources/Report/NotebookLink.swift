import Foundation
import Notebook

/// A link from one notebook to another (`regularization.md#l2`): its page URL, and the check that its notebook
/// and heading exist in the course.
public enum NotebookLink {
    /// The file and fragment of a relative link to a Markdown file, nil for any other link (a URL with a
    /// scheme, an absolute path, a fragment on the same page, an image or a file that is not `.md`).
    public static func target(of destination: String) -> (file: String, fragment: String?)? {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#") else { return nil }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = String(parts[0])
        let path = file.split(separator: "?", maxSplits: 1).first.map(String.init) ?? file
        guard path.hasSuffix(".md"), !path.contains(":") else { return nil }
        return (path, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The page a link leads to: `x.md#a` becomes `x.html#a`; every other destination is kept as written.
    public static func pageURL(_ destination: String) -> String {
        guard let (file, fragment) = target(of: destination) else { return destination }
        return NotebookFileName.replacingExtension(of: file, with: "html") + (fragment.map { "#" + $0 } ?? "")
    }

    /// Located errors for each link of `notebook` to a notebook missing from `pages` (standardized file path →
    /// the heading anchors of that notebook) or to a heading that notebook does not have.
    public static func check(_ notebook: Notebook, pages: [String: [String]]) -> [Diagnostic] {
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        var errors: [Diagnostic] = []
        for block in notebook.cells.flatMap(\.proseBlocks) {
            block.forEachInline { inline in
                guard case let .link(destination, _, _) = inline.kind, let (file, fragment) = target(of: destination) else { return }
                let decoded = file.removingPercentEncoding ?? file
                let path = folder.appendingPathComponent(decoded).standardizedFileURL.path
                guard let anchors = pages[path] else {
                    let known = pages.keys.filter { $0.hasPrefix(folder.standardizedFileURL.path + "/") }
                        .map { String($0.dropFirst(folder.standardizedFileURL.path.count + 1)) }.sorted()
                    errors.append(Diagnostic(.error, "link to a notebook that is not in the course: \(file)", at: inline.range.start,
                                             file: notebook.path, hint: Suggestion.hint(for: decoded, in: known)))
                    return
                }
                if let fragment, !fragment.isEmpty, !anchors.contains(fragment) {
                    errors.append(Diagnostic(.error, "link to a heading that \(file) does not have: #\(fragment)", at: inline.range.start,
                                             file: notebook.path, hint: Suggestion.hint(for: fragment, in: anchors)))
                }
            }
        }
        return errors
    }
}

extension Cell {
    /// The blocks of a prose cell; empty for every other cell.
    var proseBlocks: [Block] {
        if case let .prose(blocks, _) = kind { return blocks }
        return []
    }
}
