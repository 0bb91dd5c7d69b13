/// The words of a course site around the chapters, in one language (a field of `ReportStrings`): the downloads
/// block, the source links, the language switch, and the 404 and print pages.
public struct SiteStrings: Sendable {
    /// The language's own name, shown on the switch that leads to it ("English", "中文").
    public var languageName: String
    /// The downloads block's heading, and the words naming a chapter's notebook and program (a data file is
    /// shown by its path).
    public var downloads, notebookFile, pythonFile: String
    /// Source links: the chapter's Markdown in its repository, and its notebook in Google Colab.
    public var editPage, openInColab: String
    /// The label of the language switch (for screen readers).
    public var languages: String
    /// The 404 page: its title, its explanation, and the link home.
    public var notFoundTitle, notFoundText, backToCourse: String
    /// The whole-course print page: the landing page's link to it, and its heading above the contents.
    public var printCourse, printIntro: String
    /// The landing page's heading over chapters no syllabus list shows, and sub-courses.
    public var moreChapters: String

    /// Creates a table.
    public init(languageName: String, downloads: String, notebookFile: String, pythonFile: String,
                editPage: String, openInColab: String, languages: String, notFoundTitle: String, notFoundText: String,
                backToCourse: String, printCourse: String, printIntro: String, moreChapters: String) {
        self.languageName = languageName
        self.downloads = downloads
        self.notebookFile = notebookFile
        self.pythonFile = pythonFile
        self.editPage = editPage
        self.openInColab = openInColab
        self.languages = languages
        self.notFoundTitle = notFoundTitle
        self.notFoundText = notFoundText
        self.backToCourse = backToCourse
        self.printCourse = printCourse
        self.printIntro = printIntro
        self.moreChapters = moreChapters
    }

    /// English.
    public static let english = SiteStrings(
        languageName: "English", downloads: "Download", notebookFile: "Jupyter notebook", pythonFile: "Python script",
        editPage: "Edit this page", openInColab: "Open in Colab", languages: "Languages",
        notFoundTitle: "Page not found",
        notFoundText: "There is no page at this address. It may have moved when the course was rebuilt.",
        backToCourse: "Go to the course's first page", printCourse: "The whole course on one page (for printing)",
        printIntro: "Every chapter of the course, in reading order, with the exercises' answers shown.",
        moreChapters: "More chapters")

    /// Simplified Chinese.
    public static let chinese = SiteStrings(
        languageName: "中文", downloads: "下载", notebookFile: "Jupyter 笔记本", pythonFile: "Python 程序",
        editPage: "编辑本页", openInColab: "在 Colab 中打开", languages: "语言",
        notFoundTitle: "找不到页面", notFoundText: "这个地址没有页面，可能是课程重新生成时移动了。",
        backToCourse: "前往课程首页", printCourse: "整门课程合为一页（用于打印）",
        printIntro: "按阅读顺序排列的全部章节，练习答案已展开。", moreChapters: "更多章节")
}
