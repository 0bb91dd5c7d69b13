import Foundation

/// The media type (MIME type) of a file a page embeds as a `data:` URL, from its extension (case ignored).
///
/// Images a browser shows in `<img>`: PNG, JPEG, GIF, SVG, WebP, AVIF. Linked files keep a type browsers
/// know (CSV, text, JSON, PDF, the image types) and are embedded with a `download` name, so clicking saves them;
/// any other linked file is `application/octet-stream`. An image of another type is refused: a browser would
/// show it broken.
enum MediaType {
    /// Types an `<img>` shows, by extension.
    static let images: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "webp": "image/webp", "avif": "image/avif",
    ]

    /// Other types a linked file keeps, by extension.
    static let downloads: [String: String] = [
        "csv": "text/csv", "tsv": "text/tab-separated-values", "txt": "text/plain", "json": "application/json",
        "pdf": "application/pdf", "zip": "application/zip", "ipynb": "application/x-ipynb+json", "py": "text/x-python",
    ]

    /// The type of the image at `path`, nil when browsers do not show that kind of file in `<img>`.
    static func image(_ path: String) -> String? {
        images[fileExtension(path)]
    }

    /// The type of the linked file at `path`.
    static func download(_ path: String) -> String {
        let ext = fileExtension(path)
        return images[ext] ?? downloads[ext] ?? "application/octet-stream"
    }

    /// The image extensions, for messages.
    static var imageExtensions: String { images.keys.sorted().joined(separator: ", ") }

    private static func fileExtension(_ path: String) -> String {
        (path as NSString).pathExtension.lowercased()
    }
}
