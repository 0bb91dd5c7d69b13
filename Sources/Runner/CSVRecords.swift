/// RFC 4180 records with the file line each starts on, so that every data error can name its line.
///
/// Fields are separated by commas; a field that starts with `"` is quoted (`""` is a quote inside it) and may span
/// lines. `\r\n` and `\n` end records; blank lines are skipped. Unquoted fields are trimmed of blanks.
struct CSVRecords {
    /// One record: its first line in the file (from 1) and its fields.
    struct Record: Equatable {
        /// Line of the file where the record starts, from 1.
        let line: Int
        /// The fields, in order.
        let fields: [String]
    }

    /// Every non-blank record in file order.
    private(set) var records: [Record] = []
    /// Whether a quoted field was still open at the end of the file, and the line it opened on.
    private(set) var unclosedQuoteLine: Int?

    /// Splits `text` into records; stops after `limit` records (the caller reports the excess).
    init(_ text: String, limit: Int = .max) {
        var fields: [String] = [], field: [UInt8] = []
        var line = 1, recordLine = 1, quoted = false, wasQuoted = false, atFieldStart = true
        var bytes = Array(text.utf8)
        bytes.append(UInt8(ascii: "\n"))
        var index = 0
        func endField() {
            let raw = String(decoding: field, as: UTF8.self)
            fields.append(wasQuoted ? raw : raw.trimmingBlanks())
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            atFieldStart = true
        }
        while index < bytes.count, records.count <= limit {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\""), index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    field.append(byte); index += 1
                } else if byte == UInt8(ascii: "\"") {
                    quoted = false
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where atFieldStart && field.allSatisfy({ $0 == 32 || $0 == 9 }):
                field.removeAll(); quoted = true; wasQuoted = true; atFieldStart = false
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\n"):
                let blank = fields.isEmpty && !wasQuoted && field.allSatisfy { $0 == 32 || $0 == 9 }
                endField()
                if !blank { records.append(Record(line: recordLine, fields: fields)) }
                fields.removeAll()
                line += 1
                recordLine = line
            case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                continue
            default:
                field.append(byte)
                if byte != 32 && byte != 9 { atFieldStart = false }
            }
        }
        if quoted { unclosedQuoteLine = recordLine }
    }
}

private extension String {
    /// Drops spaces and tabs at both ends.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
