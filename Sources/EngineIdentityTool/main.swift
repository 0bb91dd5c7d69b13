// The EngineIdentity plugin's tool: EngineIdentityTool OUTPUT ROOT FILE…
//
// Writes OUTPUT, a Swift file declaring `EngineIdentity.sourceHash`: 32 hex digits of two FNV-1a 64-bit hashes
// (different offset bases) over, per file in the order given, its path relative to ROOT, a NUL, its byte count, a
// NUL and its bytes. The file is rewritten only when the hash changes, so an unchanged hash rebuilds nothing.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EngineIdentityTool OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[1]), root = arguments[2].hasSuffix("/") ? arguments[2] : arguments[2] + "/"

/// FNV-1a, 64 bits, from `basis`.
struct FNV1a {
    var state: UInt64
    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
}

var first = FNV1a(state: 0xCBF2_9CE4_8422_2325), second = FNV1a(state: 0x6C62_272E_07BB_0142)
for path in arguments.dropFirst(3) {
    guard let contents = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("EngineIdentityTool: error: cannot read \(path)\n".utf8))
        exit(1)
    }
    let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    let header = Array("\(relative)\u{0}\(contents.count)\u{0}".utf8)
    for part in [header, Array(contents)] {
        first.add(part)
        second.add(part)
    }
}
let hash = String(format: "%016llx%016llx", first.state, second.state)
let source = """
// Generated at build time by the EngineIdentity plugin (Plugins/EngineIdentity); do not edit.

/// The identity of the code that computes a run's numbers.
enum EngineIdentity {
    /// A hash of the sources of Engine, Config, Runner, Results and Formula (\(arguments.count - 3) files); it changes with any
    /// edit to them, so result-cache keys made by other code never match.
    static let sourceHash = "\(hash)"
}

"""
if (try? String(contentsOf: output, encoding: .utf8)) != source {
    do {
        try source.write(to: output, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("EngineIdentityTool: error: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
