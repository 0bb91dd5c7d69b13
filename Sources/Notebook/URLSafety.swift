/// Link destinations that could run code when clicked, refused in safe mode (CommonMark's reference
/// implementation refuses the same schemes).
enum URLSafety {
    /// `true` for `javascript:`, `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG and WebP images
    /// (scheme compared without regard to case).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        guard lower.hasPrefix("data:") else { return false }
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return !images.contains { lower.hasPrefix($0) }
    }
}
