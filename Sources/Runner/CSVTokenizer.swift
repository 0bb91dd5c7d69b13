/// RFC 4180 records read straight from bytes, field by field, into a sink; no string is made per field.
///
/// Fields are separated by commas; a field that starts with `"` (after blanks) is quoted: `""` is a quote inside
/// it, and it may hold commas and line breaks; bytes after its closing quote up to the next comma belong to it.
/// `\r\n` and `\n` end records; a lone `\r` is data. Blank lines are skipped. Unquoted fields are trimmed of
/// spaces and tabs.
struct CSVTokenizer {
    /// Where a scan stopped.
    struct End {
        /// Bytes consumed: every complete record; the rest starts an incomplete record.
        var consumed: Int
        /// Line breaks in the consumed bytes.
        var lines: Int
        /// Line (from 0, relative to the scan) of a quoted field still open at the end of a final buffer.
        var unclosedQuoteLine: Int?
        /// Whether the sink asked to stop.
        var stopped = false
    }

    /// Unescaped bytes of the quoted field being read.
    private var scratch: [UInt8] = []

    /// Reads the records of `bytes` into `sink`. Unless `final`, a record not ended by a line break is left
    /// unconsumed, so that the caller can prepend it to the next buffer; a final buffer must end with `\n`.
    mutating func scan<Sink: CSVRecordSink>(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool, into sink: inout Sink) -> End {
        let count = bytes.count
        var index = 0, line = 0
        var end = End(consumed: 0, lines: 0)
        recordLoop: while index < count {
            let recordLine = line
            var field = 0
            while true {
                var start = index
                while start < count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
                if start < count, bytes[start] == UInt8(ascii: "\"") {
                    guard let next = quoted(bytes, from: start + 1, line: &line) else {
                        if final { end.unclosedQuoteLine = recordLine }
                        break recordLoop
                    }
                    index = next
                    scratch.withUnsafeBufferPointer { sink.field(field, $0, quoted: true) }
                } else {
                    let stop = Self.separator(bytes, from: start)
                    guard stop < count else { break recordLoop }
                    index = stop
                    var last = stop
                    while last > start, bytes[last - 1] == 32 || bytes[last - 1] == 9 { last -= 1 }
                    if field == 0, bytes[stop] != UInt8(ascii: ","), last == start {
                        index += bytes[index] == 13 ? 2 : 1
                        line += 1
                        end = End(consumed: index, lines: line)
                        continue recordLoop
                    }
                    sink.field(field, UnsafeBufferPointer(rebasing: bytes[start..<last]), quoted: false)
                }
                field += 1
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                index += bytes[index] == 13 ? 2 : 1
                line += 1
                end = End(consumed: index, lines: line)
                if !sink.endRecord(fieldCount: field, line: recordLine) {
                    end.stopped = true
                    return end
                }
                continue recordLoop
            }
        }
        return end
    }

    /// Reads a quoted field from after its opening quote into `scratch`, with what follows the closing quote up to
    /// the comma or line break; the index of that comma or line break, or nil when the buffer ends first.
    private mutating func quoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        let count = bytes.count
        var index = start, lines = 0
        while true {
            guard index < count else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
                    scratch.append(byte)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == 10 { lines += 1 }
            scratch.append(byte)
            index += 1
        }
        let stop = Self.separator(bytes, from: index)
        guard stop < count else { return nil }
        scratch.append(contentsOf: bytes[index..<stop])
        line += lines
        return stop
    }

    /// The index of the first comma, `\n` or `\r\n` at or after `index`, or the buffer's end.
    @inline(__always)
    private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        let count = bytes.count
        var stop = index
        while stop < count, bytes[stop] != UInt8(ascii: ","), bytes[stop] != 10,
              !(bytes[stop] == 13 && stop + 1 < count && bytes[stop + 1] == 10) { stop += 1 }
        return stop
    }
}

/// Receives the fields of each record from `CSVTokenizer`.
protocol CSVRecordSink {
    /// Field `index` (from 0) of the current record: its bytes, unescaped and (unless quoted) trimmed.
    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool)
    /// The end of a non-blank record of `fieldCount` fields that started on `line` (from 0, relative to the scan);
    /// false stops the scan.
    mutating func endRecord(fieldCount: Int, line: Int) -> Bool
}
