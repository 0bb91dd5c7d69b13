/// One entry of a `references.bib` file: its type, key and fields (TeX as written, names lower-case).
public struct BibEntry: Hashable, Sendable {
    /// The entry type, lower-case (`article`, `book`, `inproceedings`, `misc`, `online`, …).
    public var type: String
    /// The citation key.
    public var key: String
    /// Field values by lower-case name, as TeX (braces and accents kept; `@string` names and `#` already
    /// expanded).
    public var fields: [String: String]
    /// Where the entry's `@` stands in the file.
    public var location: SourceLocation

    /// The entry types nbrun reads: the five of the course plus the common ones it formats like `misc`.
    public static let types = ["article", "book", "inproceedings", "conference", "misc", "online", "incollection",
                               "inbook", "phdthesis", "mastersthesis", "techreport", "report", "manual", "unpublished",
                               "booklet", "proceedings", "thesis", "software", "webpage", "electronic"]

    /// Creates an entry.
    public init(type: String, key: String, fields: [String: String], location: SourceLocation) {
        self.type = type
        self.key = key
        self.fields = fields
        self.location = location
    }

    /// A field as plain text (`TeXText.plain`), nil when absent or empty.
    public func text(_ field: String) -> String? {
        guard let raw = fields[field] else { return nil }
        let text = TeXText.plain(raw)
        return text.isEmpty ? nil : text
    }

    /// The authors (else the editors) and whether the list ends with `and others`.
    public var authors: (names: [BibName], others: Bool) {
        BibName.list(fields["author"] ?? fields["editor"] ?? "")
    }

    /// The venue: journal, book title, else publisher, institution, school or organization.
    public var venue: String? {
        for field in ["journal", "journaltitle", "booktitle", "publisher", "institution", "school", "organization", "howpublished"] {
            if let value = text(field) { return value }
        }
        return nil
    }
}
