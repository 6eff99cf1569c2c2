import Foundation
import Markdown

/// sitemap.xml, feed.xml (Atom) and robots.txt, written from the site model.
enum Feeds {
    static func xml(_ text: String) -> String { HTMLEscaping.text(text) }

    typealias Texts = (sitemap: String, atom: String)

    static func texts(_ site: PublishedSite) -> Texts {
        (sitemap(site), atom(site))
    }

    static func sitemap(_ site: PublishedSite) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in site.outputOrder {
            guard let rendered = site.pages[path] else { continue }
            let page = rendered.page
            out += "  <url><loc>\(xml(site.canonicalURL(page.urlPath)))</loc>"
            if let date = page.date { out += "<lastmod>\(date.day)</lastmod>" }
            out += "</url>\n"
        }
        for listPage in site.listPages {
            out += "  <url><loc>\(xml(site.canonicalURL(listPage.urlPath)))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    /// Atom feed of the newest dated pages (at most 20).
    static func atom(_ site: PublishedSite) -> String {
        let dated = PublishedSite.newestFirst(site.pages.values.filter { $0.page.kind == .page }).prefix(20)
        let config = site.config
        let updated = dated.first?.page.date?.rfc3339 ?? "1970-01-01T08:00:00+08:00"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(xml(config.language))\">\n"
        out += "  <title>\(xml(config.title))</title>\n"
        out += "  <link href=\"\(xml(config.baseURL))\"/>\n"
        out += "  <link rel=\"self\" href=\"\(xml(config.urls.canonical("feed.xml")))\"/>\n"
        out += "  <id>\(xml(config.baseURL))</id>\n"
        out += "  <updated>\(updated)</updated>\n"
        if !config.sponsor.isEmpty { out += "  <author><name>\(xml(config.sponsor))</name></author>\n" }
        for rendered in dated {
            let page = rendered.page
            let link = site.canonicalURL(page.urlPath)
            out += "  <entry>\n"
            out += "    <title>\(xml(page.title))</title>\n"
            out += "    <link href=\"\(xml(link))\"/>\n"
            out += "    <id>\(xml(link))</id>\n"
            out += "    <updated>\(page.date!.rfc3339)</updated>\n"
            out += "    <summary>\(xml(rendered.summary))</summary>\n"
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    static func robots(_ site: PublishedSite) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(site.config.urls.canonical("sitemap.xml"))\n"
    }
}
