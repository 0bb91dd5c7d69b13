import Foundation
import Notebook
import Output
import Results

/// Run results stored as `FOLDER/KEY.json` (the folder is `OUTPUT/.nbrun-cache`), written atomically.
///
/// Best effort: an entry that is missing, unreadable, not a regular file (a link is not followed), corrupt or of another cache version is a miss (the run is
/// recomputed and the entry rewritten), and a failed write is ignored.
struct ResultCache {
    /// The folder holding the entries.
    let folder: URL

    /// One stored entry: the version and key it was written under, and the result.
    private struct Entry: Codable {
        var version: String
        var key: String
        var result: RunResult
    }

    /// The result stored under `key`, if a valid entry exists.
    func load(_ key: String) -> RunResult? {
        guard FileStatus.ofLink(url(key).path)?.kind == .regular, let data = try? RegularFile.read(url(key).path) else { return nil }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        guard let entry = try? decoder.decode(Entry.self, from: data), entry.version == CacheKey.version, entry.key == key else {
            return nil
        }
        return entry.result
    }

    /// Stores `result` under `key`; errors are ignored (the next render recomputes).
    func store(_ result: RunResult, key: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(Entry(version: CacheKey.version, key: key, result: result)) else { return }
        try? AtomicFile.write(data, to: url(key))
    }

    private func url(_ key: String) -> URL { folder.appendingPathComponent(key + ".json") }
}
