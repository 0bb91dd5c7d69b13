import Engine
import Foundation

/// Reads a CSV file in fixed-size chunks into the final feature and target storage, reserved once from the size.
///
/// The header record is read first and mapped to feature slots (`CSVColumns`). Each chunk's complete records are
/// then parsed: a chunk without a quote byte splits at line breaks into pieces parsed on `RowBlocks.threadCount`
/// threads (every value parses exactly, so the split never changes a bit), a chunk with quotes is parsed in one
/// piece; each piece's rows (a fraction of a chunk) are appended in file order. A record cut off by the chunk's
/// end is carried into the next chunk. Memory: the storage plus two chunks, never the file.
struct CSVReader {
    /// Smallest piece worth a thread.
    static let pieceBytes = 128 << 10

    /// Everything read: the header, the rows' values and what the checks need to know.
    struct Contents {
        /// The header's fields, and the line it is on (from 1); nil for a file without records.
        var header: (fields: [String], line: Int)?
        /// Mapping of the header to feature slots and the target.
        var columns = CSVColumns(header: [], target: "", features: nil)
        /// Features, row-major.
        var features: [Double] = []
        /// Targets; NaN where a text.
        var targets: [Double] = []
        /// Text targets with their row (from 0).
        var texts: [(row: Int, text: String)] = []
        /// First problems, lines from 1.
        var findings = CSVFindings()
        /// The line of a quoted field never closed.
        var unclosedQuoteLine: Int?
        /// Whether some byte sequence is not UTF-8.
        var invalidUTF8 = false
    }

    /// The target column's name.
    let target: String
    /// The feature columns' names (nil: every column but the target).
    let featureNames: [String]?
    /// Stop after this many data rows (the caller reports the excess).
    let limit: Int
    /// Size of the whole input, to size the chunk buffer and reserve the storage at once (0: unknown).
    let expectedBytes: Int
    /// Bytes read per chunk.
    var chunkBytes = 1 << 20

    /// Reads the input that `read` delivers: it fills the buffer it is given and returns the bytes written, 0 at the
    /// end; a thrown error ends the read.
    func read(_ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Contents {
        var contents = Contents()
        var buffer: [UInt8] = [], chunk = [UInt8](repeating: 0, count: expectedBytes > 0 ? min(chunkBytes, expectedBytes + 1) : chunkBytes)
        var validated = 0, line = 1, atStart = true, final = false
        while !final, contents.unclosedQuoteLine == nil, contents.targets.count <= limit {
            final = try fill(&buffer, chunk: &chunk, read)
            if atStart, buffer.count >= 3 || final {
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                atStart = false
            }
            validated = validate(buffer, from: validated, final: final, into: &contents)
            var consumed = 0
            if contents.header == nil {
                consumed = readHeader(buffer, final: final, line: &line, into: &contents)
                guard contents.header != nil else { continue }
            }
            let end = buffer.withUnsafeBufferPointer { bytes in
                parse(UnsafeBufferPointer(rebasing: bytes[consumed...]), final: final, line: line, into: &contents)
            }
            consumed += end.consumed
            line += end.lines
            atStart = atStart && consumed == 0
            buffer.removeFirst(consumed)
            validated -= consumed
        }
        return contents
    }

    /// Appends the next chunk, read into `chunk`, to `buffer`; true at the end of the input, where a last line break
    /// is added.
    private func fill(_ buffer: inout [UInt8], chunk: inout [UInt8], _ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Bool {
        var filled = 0, ended = false
        try chunk.withUnsafeMutableBytes { bytes in
            while filled < bytes.count, !ended {
                let count = try read(UnsafeMutableRawBufferPointer(rebasing: bytes[filled...]))
                filled += count
                ended = count == 0
            }
        }
        buffer.append(contentsOf: chunk[..<filled])
        if ended, let last = buffer.last, last != 10 { buffer.append(10) }
        return ended
    }

    /// Checks that the bytes from `start` up to the last line break (all of them when `final`) are UTF-8; the index
    /// checked up to. A line break never falls inside a multi-byte sequence.
    private func validate(_ buffer: [UInt8], from start: Int, final: Bool, into contents: inout Contents) -> Int {
        guard let stop = final ? buffer.count : buffer.lastIndex(of: 10).map({ $0 + 1 }), stop > start else { return start }
        let ascii = buffer[start..<stop].reduce(0 as UInt8) { $0 | $1 } < 0x80
        if !ascii, String(validating: buffer[start..<stop], as: UTF8.self) == nil { contents.invalidUTF8 = true }
        return stop
    }

    /// Reads the header record at the start of `buffer`; the bytes consumed (0 while it is not complete).
    private func readHeader(_ buffer: [UInt8], final: Bool, line: inout Int, into contents: inout Contents) -> Int {
        var header = CSVHeaderSink(), tokenizer = CSVTokenizer()
        let end = buffer.withUnsafeBufferPointer { tokenizer.scan($0, final: final, into: &header) }
        if let open = end.unclosedQuoteLine { contents.unclosedQuoteLine = line + open }
        guard end.stopped, let recordLine = header.line else { return 0 }
        contents.header = (header.fields, line + recordLine)
        contents.columns = CSVColumns(header: header.fields, target: target, features: featureNames)
        line += end.lines
        return end.consumed
    }

    /// Parses the complete records of `bytes`, whose first line is `line`, into `contents`.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool, line: Int, into contents: inout Contents) -> CSVTokenizer.End {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return CSVTokenizer.End(consumed: 0, lines: 0) }
        let quoteFree = memchr(base, Int32(UInt8(ascii: "\"")), bytes.count) == nil
        guard quoteFree, let lastBreak = bytes.lastIndex(of: 10) else {
            var sink = CSVRowSink(columns: contents.columns), tokenizer = CSVTokenizer()
            let end = tokenizer.scan(bytes, final: final, into: &sink)
            append(sink, bytes: end.consumed, line: line, into: &contents)
            if let open = end.unclosedQuoteLine { contents.unclosedQuoteLine = line + open }
            return end
        }
        let pieces = Self.pieces(UnsafeBufferPointer(rebasing: bytes[...lastBreak]))
        let columns = contents.columns
        let results = RowBlocks.map(count: pieces.count, size: 1) { block -> (CSVRowSink, Int) in
            var sink = CSVRowSink(columns: columns), tokenizer = CSVTokenizer()
            let end = tokenizer.scan(UnsafeBufferPointer(rebasing: bytes[pieces[block.lowerBound]]), final: false, into: &sink)
            return (sink, end.lines)
        }
        var lines = 0
        for (index, (sink, pieceLines)) in results.enumerated() {
            append(sink, bytes: pieces[index].count, line: line + lines, into: &contents)
            lines += pieceLines
        }
        return CSVTokenizer.End(consumed: lastBreak + 1, lines: lines)
    }

    /// `bytes` (ending in a line break) cut after line breaks into about `RowBlocks.threadCount × 2` pieces.
    private static func pieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let count = min(RowBlocks.threadCount * 2, max(1, bytes.count / pieceBytes))
        var ranges: [Range<Int>] = [], start = 0
        for piece in 1...count {
            var stop = piece == count ? bytes.count : max(start, bytes.count * piece / count)
            while stop < bytes.count, stop > 0, bytes[stop - 1] != 10 { stop += 1 }
            if stop > start { ranges.append(start..<stop) }
            start = stop
        }
        return ranges
    }

    /// Appends a piece's rows (`bytes` long, from `line` on) to `contents`; the first append reserves the storage for the
    /// rows the input's size suggests.
    private func append(_ sink: CSVRowSink, bytes: Int, line: Int, into contents: inout Contents) {
        let width = contents.columns.featureCount
        if contents.targets.isEmpty, sink.rows > 0, expectedBytes > 0 {
            let rows = min(limit + 1, Int(Double(expectedBytes) / Double(max(bytes, 1)) * Double(sink.rows) * 1.05) + 16)
            contents.features.reserveCapacity(rows * width)
            contents.targets.reserveCapacity(rows)
        }
        let offset = contents.targets.count
        contents.features.append(contentsOf: sink.features)
        contents.targets.append(contentsOf: sink.targets)
        contents.texts.append(contentsOf: sink.texts.map { ($0.row + offset, $0.text) })
        contents.findings.merge(sink.findings, lineOffset: line)
    }
}

/// Collects the header record's fields as strings and stops after it.
private struct CSVHeaderSink: CSVRecordSink {
    var fields: [String] = []
    var line: Int?

    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) {
        fields.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func endRecord(fieldCount: Int, line: Int) -> Bool {
        self.line = line
        return false
    }
}
