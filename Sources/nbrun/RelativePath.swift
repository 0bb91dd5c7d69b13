import Foundation

/// Relative paths between folders, so written files never contain absolute paths.
enum RelativePath {
    /// The path of `target` relative to `base` (`.` when they are the same folder), e.g. `../notebooks`.
    static func from(_ base: URL, to target: URL) -> String {
        let from = components(base), to = components(target)
        let common = zip(from, to).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    private static func components(_ url: URL) -> [String] {
        url.standardizedFileURL.resolvingSymlinksInPath().pathComponents.filter { $0 != "/" }
    }
}
