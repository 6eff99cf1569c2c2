import Foundation

/// One page as the search index sees it: plain text only, independent of the site model.
/// `SearchSite` makes these from the published pages; tests make them by hand.
public struct SearchDocument: Sendable, Equatable {
    /// Page title (weighted highest).
    public var title: String
    /// Title of the section the page is in, shown with each result ("" for none).
    public var section: String
    /// URL path of the page inside the site (`channels/phone/`; `""` for home).
    public var urlPath: String
    /// Heading texts, in order (weighted above body text).
    public var headings: [String]
    /// The page's text without markup.
    public var body: String
    /// Publication date as shown (`2026-03-01`), or "" for undated pages.
    public var date: String

    public init(title: String, section: String, urlPath: String, headings: [String] = [], body: String, date: String = "") {
        self.title = title
        self.section = section
        self.urlPath = urlPath
        self.headings = headings
        self.body = body
        self.date = date
    }
}
