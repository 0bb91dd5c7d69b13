import Foundation
import Output
import Runner

/// What nbrun wrote into an output folder, so that a page it no longer writes (a deleted chapter, a format no
/// longer asked for) is removed, and a file it did not write is never touched.
///
/// Kept as `OUTPUT/.nbrun-manifest` (JSON; hidden, so deployers and the preview server skip it): for each render
/// (an input, named by its path relative to the output folder: `../notebooks` for the course, `../notebooks/gd.md`
/// for one chapter rendered alone) the files it wrote, with the SHA-256 of their contents. A file belongs to the
/// render that wrote it last, so rendering one chapter into a course's output folder takes over that chapter's
/// page and never removes the others'. At the end of a render, the files its previous render wrote and this one
/// did not are removed, unless they changed since nbrun wrote them (then they are kept, with a warning, and
/// forgotten: they are the user's now).
struct OutputManifest: Codable, Equatable {
    /// The manifest's file name in the output folder.
    static let fileName = ".nbrun-manifest"
    /// The format this nbrun reads and writes.
    static let currentFormat = "nbrun-manifest-1"

    /// `nbrun-manifest-1`.
    var format = Self.currentFormat
    /// Render → path relative to the output folder → SHA-256 of the contents nbrun wrote.
    var renders: [String: [String: String]] = [:]

    /// What tidying the output folder did, for stderr.
    struct Outcome: Equatable {
        /// Files removed (relative paths).
        var removed: [String] = []
        /// Warnings: files kept because they changed, an unreadable manifest, a failed removal.
        var warnings: [String] = []
    }

    /// The manifest of `output`: empty when there is none; nil (with the warning) when it cannot be read.
    static func load(_ output: URL) -> (manifest: OutputManifest?, warning: String?) {
        let url = output.appendingPathComponent(fileName)
        guard FileStatus.ofLink(url.path) != nil else { return (OutputManifest(), nil) }
        guard let data = try? RegularFile.read(url.path), let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
              manifest.format == currentFormat else {
            return (nil, "nbrun: warning: \(url.path) cannot be read; no earlier page is removed this time (the file is rewritten)")
        }
        return (manifest, nil)
    }

    /// The manifest as written: JSON with sorted keys, one entry a line.
    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Records that `render` wrote `written` (path → digest) and tried `attempted` (failed writes included). With
    /// `prune`, the files it wrote before and not now are removed from `output` when unchanged; without (the render
    /// did not finish: an unreadable notebook), they stay its own.
    mutating func update(render: String, written: [String: String], attempted: Set<String>, prune: Bool, output: URL) -> Outcome {
        var outcome = Outcome()
        let previous = renders[render] ?? [:]
        var mine = written
        for owner in renders.keys where owner != render {
            renders[owner] = renders[owner]?.filter { attempted.contains($0.key) == false }
            if renders[owner]?.isEmpty == true { renders[owner] = nil }
        }
        for (path, digest) in previous.sorted(by: { $0.key < $1.key }) where !attempted.contains(path) {
            guard prune else {
                mine[path] = digest
                continue
            }
            switch OutputManifest.remove(path, digest: digest, in: output) {
            case .removed: outcome.removed.append(path)
            case .gone: continue
            case let .kept(reason): outcome.warnings.append("nbrun: warning: \(output.appendingPathComponent(path).path): \(reason)")
            }
        }
        renders[render] = mine.isEmpty ? nil : mine
        return outcome
    }
}
