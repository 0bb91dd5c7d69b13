import Foundation
import Notebook
import Output

/// The key of one run's cached result: SHA-256 over everything the result depends on.
///
/// Callers add the run name, its resolved config (every default filled in), the bytes of the data files it reads
/// (or, for `data: NAME`, the key of the run it reuses), and for formula runs the TeX, its position and the numeric
/// params. Each part is added with its label and length, so no two different sequences of parts hash alike.
struct CacheKey {
    /// Version of the cache entries' format; the code's identity is added by itself (`EngineIdentity`).
    static let version = "nbrun-cache-7"

    private var hash = SHA256()

    /// A key for a run of `kind` (`train` or `objective`) under the current `version` and the hash of the sources
    /// that compute results (`EngineIdentity.sourceHash`, made at build time), so an upgraded nbrun never serves
    /// a result its old code computed.
    init(kind: String) {
        add("version", Self.version)
        add("engine", EngineIdentity.sourceHash)
        add("kind", kind)
    }

    /// Adds a labelled text part.
    mutating func add(_ label: String, _ text: String) {
        add(label, bytes: Data(text.utf8))
    }

    /// Adds a labelled byte part.
    mutating func add(_ label: String, bytes: Data) {
        hash.update("\(label)\u{0}\(bytes.count)\u{0}".utf8)
        hash.update(bytes)
    }

    /// Adds a labelled file's bytes, read in chunks (a large data file is never held whole); false when it cannot
    /// be read.
    mutating func add(_ label: String, fileAt path: String) -> Bool {
        guard let handle = try? RegularFile.open(path) else { return false }
        defer { try? handle.close() }
        guard let size = try? URL(fileURLWithPath: path).resourceValues(forKeys: [.fileSizeKey]).fileSize else { return false }
        hash.update("\(label)\u{0}\(size)\u{0}".utf8)
        var read = 0
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hash.update(chunk)
                read += chunk.count
            }
        } catch {
            return false
        }
        return read == size
    }

    /// Adds a JSON value in a canonical form (ordered keys, exact numbers).
    mutating func add(_ label: String, json: JSONValue) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        add(label, bytes: (try? encoder.encode(json)) ?? Data(String(describing: json).utf8))
    }

    /// The key: 64 lower-case hex digits, usable as a file name.
    var value: String { hash.hexDigest() }
}
