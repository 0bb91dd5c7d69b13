import Foundation
import Notebook

/// A local file that a notebook's prose uses: an image (`![alt](img/fig.svg)`) or a link to a file that is not a
/// notebook (`[the data](data/x.csv)`). Found on the document tree; nbrun publishes each one with the page (copied
/// beside it in a course, embedded as a `data:` URL in a page rendered alone).
///
/// Not file references: URLs with a scheme (`https:`, `mailto:`), protocol-relative (`//host/…`) and site-absolute
/// (`/…`) links, fragments on the same page (`#…`), links to notebooks (`x.md`, see `NotebookLink`) and
/// destinations refused as unsafe (empty).
public struct FileReference: Equatable, Sendable {
    /// What refers to the file.
    public enum Kind: Equatable, Sendable {
        /// An image, shown in the page.
        case image
        /// A link, which downloads or opens the file.
        case link
    }

    /// An image or a link.
    public var kind: Kind
    /// The destination as written (the key the page's renderer looks up).
    public var destination: String
    /// The file's path relative to the notebook's folder: the destination without `?query` and `#fragment`,
    /// percent-decoded.
    public var path: String
    /// Where the image or link starts in the notebook.
    public var location: SourceLocation
    /// For an image: its description (`alt` text) as readers get it; empty when missing.
    public var altText: String

    /// Every file reference in the prose of `notebook`, in document order (a file used twice appears twice);
    /// with `--unsafe-html`, also the `src` of `<img>` tags in raw HTML (`RawImageTag`).
    public static func all(in notebook: Notebook) -> [FileReference] {
        var found: [FileReference] = []
        for block in notebook.cells.flatMap(\.proseBlocks) {
            rawImages(in: block, into: &found)
            block.forEachInline { inline in
                switch inline.kind {
                case let .html(literal):
                    found += rawImages(literal, at: inline.range.start)
                case let .image(source, _, children):
                    guard let path = localPath(source) else { return }
                    found.append(FileReference(kind: .image, destination: source, path: path, location: inline.range.start,
                                               altText: children.map(\.plainText).joined()))
                case let .link(destination, _, _):
                    guard NotebookLink.target(of: destination) == nil, let path = localPath(destination) else { return }
                    found.append(FileReference(kind: .link, destination: destination, path: path, location: inline.range.start,
                                               altText: ""))
                default:
                    return
                }
            }
        }
        return found
    }

    /// The raw-HTML images of `block` and the blocks inside it (HTML blocks; inline HTML is found with the inlines).
    private static func rawImages(in block: Block, into found: inout [FileReference]) {
        switch block.kind {
        case let .html(literal): found += rawImages(literal, at: block.range.start)
        case let .blockQuote(blocks), let .details(_, _, blocks): blocks.forEach { rawImages(in: $0, into: &found) }
        case let .list(_, items): items.joined().forEach { rawImages(in: $0, into: &found) }
        default: return
        }
    }

    /// The local images of the raw HTML `literal`, which starts at `start`; each located at its `<img`.
    private static func rawImages(_ literal: String, at start: SourceLocation) -> [FileReference] {
        RawImageTag.sources(in: literal).compactMap { source in
            guard let path = localPath(source.value) else { return nil }
            let location = SourceLocation(line: start.line + source.line,
                                          column: source.line == 0 ? start.column + source.byteOffset : source.byteOffset + 1)
            return FileReference(kind: .image, destination: source.value, path: path, location: location,
                                 altText: source.alt)
        }
    }

    /// The decoded local path of `destination`, nil when it is not a local file (see the type's notes).
    static func localPath(_ destination: String) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#"), !hasScheme(destination) else {
            return nil
        }
        let end = destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex
        let written = String(destination[..<end])
        guard !written.isEmpty else { return nil }
        return written.removingPercentEncoding ?? written
    }

    /// Whether `destination` starts with a URL scheme (`letter *(letter / digit / "+" / "-" / ".") ":"`).
    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}
