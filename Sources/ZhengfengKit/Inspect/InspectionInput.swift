import Foundation

/// What the self-inspection looks at, typed and independent of how the site was built: the
/// published pages with their dates, the columns with their types, the texts to read for
/// wrong wording, the link problems the build found, the external links and the basic
/// information. `InspectionInput(site:…)` makes it from a `PublishedSite`.
public struct InspectionInput: Sendable {
    /// A published page.
    public struct Article: Sendable, Equatable {
        public var contentPath: String
        /// `content/news/launch.md`
        public var sourcePath: String
        public var title: String
        public var date: PageDate?
        /// Where the `date:` value is written (or the file's first line).
        public var dateLocation: SourceLocation
        public var isSection: Bool

        public init(contentPath: String, sourcePath: String, title: String, date: PageDate?,
                    dateLocation: SourceLocation? = nil, isSection: Bool = false) {
            self.contentPath = contentPath
            self.sourcePath = sourcePath
            self.title = title
            self.date = date
            self.dateLocation = dateLocation ?? SourceLocation(file: sourcePath)
            self.isSection = isSection
        }
    }

    /// A published column (section), not the home page.
    public struct Column: Sendable, Equatable {
        /// Folder path inside content/.
        public var path: String
        public var title: String
        /// Its `_index.md` as shown to editors (`content/news/_index.md`).
        public var sourcePath: String
        /// 栏目类型 (`column_type:`, inherited); "" when none is declared.
        public var columnType: String
        /// Content paths of the published pages of the column and its subcolumns.
        public var pages: [String]
        /// Whether it has published subcolumns.
        public var hasSubcolumns: Bool
        /// Whether its own page has text of its own.
        public var hasText: Bool
        /// `column_opened:` of its `_index.md`, with where it is written.
        public var opened: (date: PageDate, location: SourceLocation)?

        public init(path: String, title: String, sourcePath: String, columnType: String, pages: [String],
                    hasSubcolumns: Bool = false, hasText: Bool = true, opened: (date: PageDate, location: SourceLocation)? = nil) {
            self.path = path
            self.title = title
            self.sourcePath = sourcePath
            self.columnType = columnType
            self.pages = pages
            self.hasSubcolumns = hasSubcolumns
            self.hasText = hasText
            self.opened = opened
        }

        public static func == (lhs: Column, rhs: Column) -> Bool {
            lhs.path == rhs.path && lhs.title == rhs.title && lhs.sourcePath == rhs.sourcePath
                && lhs.columnType == rhs.columnType && lhs.pages == rhs.pages && lhs.hasSubcolumns == rhs.hasSubcolumns
                && lhs.hasText == rhs.hasText && lhs.opened?.date == rhs.opened?.date
        }
    }

    /// A text to read for wrong wording: its file and the file line of its first line.
    public struct Text: Sendable, Equatable {
        public var file: String
        /// File lines before the text's first line.
        public var lineOffset: Int
        public var text: String

        public init(file: String, lineOffset: Int, text: String) {
            self.file = file
            self.lineOffset = lineOffset
            self.text = text
        }
    }

    /// A link to another website, with where it is written.
    public struct ExternalLink: Sendable, Equatable {
        public var url: String
        public var location: SourceLocation
    }

    /// A footer slot or meta tag the inspector expects.
    public struct MissingInfo: Sendable, Equatable {
        /// `footer.site_code`, or a meta tag name such as `SiteIDCode`.
        public var field: String
        /// What it is, in Chinese.
        public var what: String
        public var location: SourceLocation
        /// True when a 【待填：…】 stands in its place.
        public var isPlaceholder: Bool
    }

    public var today: PageDate
    public var settings: InspectionSettings
    /// The home page's source (`content/_index.md`).
    public var homeSourcePath: String
    /// Content paths of the dated information the home page shows, and the home page itself.
    public var homePages: [String]
    /// What the home page lists (`latest_section`), for the advice.
    public var homeListTitle: String
    public var pages: [String: Article]
    public var columns: [Column]
    public var texts: [Text]
    public var wording: [WordingRule]
    /// What the build's checks found about links, images and attachments.
    public var linkProblems: [Diagnostic]
    public var externalLinks: [ExternalLink]
    /// What `--online` found for each external address: nil when it opened, else why not.
    /// Nil when the links were not checked online.
    public var probed: [String: String?]?
    /// Footer slots left empty or as placeholders.
    public var missingInfo: [MissingInfo]
    /// The site identification code and where it is set, when set.
    public var siteCode: (value: String, location: SourceLocation)?
    /// Pages whose rendered HTML lacks government meta tags: source path → tag names.
    public var missingMeta: [(file: String, tags: [String])]
    /// Problems of the inspection's own settings (site.yml `inspect:`, wording.yml).
    public var settingProblems: [Diagnostic]
    /// How many other content errors the build's checks found (`zhengfeng check` lists them).
    public var otherErrors: Int

    public init(today: PageDate, settings: InspectionSettings = InspectionSettings(), homeSourcePath: String = "content/_index.md",
                homePages: [String] = [], homeListTitle: String = "", pages: [String: Article] = [:], columns: [Column] = [],
                texts: [Text] = [], wording: [WordingRule] = WordingList.builtIn, linkProblems: [Diagnostic] = [],
                externalLinks: [ExternalLink] = [], missingInfo: [MissingInfo] = [],
                siteCode: (value: String, location: SourceLocation)? = nil,
                missingMeta: [(file: String, tags: [String])] = [], settingProblems: [Diagnostic] = [], otherErrors: Int = 0) {
        self.today = today
        self.settings = settings
        self.homeSourcePath = homeSourcePath
        self.homePages = homePages
        self.homeListTitle = homeListTitle
        self.pages = pages
        self.columns = columns
        self.texts = texts
        self.wording = wording
        self.linkProblems = linkProblems
        self.externalLinks = externalLinks
        self.missingInfo = missingInfo
        self.siteCode = siteCode
        self.missingMeta = missingMeta
        self.settingProblems = settingProblems
        self.otherErrors = otherErrors
        self.probed = nil
    }

    /// The distinct external addresses, sorted.
    public var externalURLs: [String] { Set(externalLinks.map(\.url)).sorted() }
}
