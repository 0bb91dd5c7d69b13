import Notebook

/// The reading order of a folder's chapters: the syllabus's order and parts when there is an `index.md`,
/// otherwise front-matter `order:` and then file name; notebooks the syllabus does not list form the appendix.
public enum CourseOrder {
    /// The parts of a course made of `chapters` (named by file base name, relative to the course folder).
    public static func parts(_ chapters: [Course.Chapter], syllabus: Syllabus?) -> [Course.Part] {
        guard let syllabus else { return chapters.isEmpty ? [] : [Course.Part(title: nil, chapters: sorted(chapters))] }
        var parts: [Course.Part] = []
        var listed = Set<String>()
        for entry in syllabus.entries {
            let name = NotebookFileName.stem(of: entry.file)
            guard let chapter = chapters.first(where: { $0.name == name }), listed.insert(name).inserted else { continue }
            if let last = parts.indices.last, parts[last].title == entry.part {
                parts[last].chapters.append(chapter)
            } else {
                parts.append(Course.Part(title: entry.part, chapters: [chapter]))
            }
        }
        let unlisted = chapters.filter { !listed.contains($0.name) }
        if !unlisted.isEmpty { parts.append(Course.Part(title: nil, isAppendix: true, chapters: sorted(unlisted))) }
        return parts
    }

    /// Chapters by front-matter `order:` (those without one last), then by file name.
    static func sorted(_ chapters: [Course.Chapter]) -> [Course.Chapter] {
        chapters.sorted { a, b in
            let left = a.result.order ?? Int.max, right = b.result.order ?? Int.max
            return left != right ? left < right : a.name < b.name
        }
    }
}
