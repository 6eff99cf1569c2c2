import Foundation

extension TemplateContexts {
    /// Renders template `name` as a page with no Markdown file (the search page, the
    /// self-check pages) and writes it at `path`: the standalone context with its own
    /// description, canonical address, `meta` additions and `extra` values.
    func writeStandalonePage(_ name: String, title: String, at path: String, description: String,
                             extra: [String: Any], meta extraMeta: [String: Any] = [:],
                             templates: TemplateSet, sink: OutputSink) throws {
        var context = standaloneContext(title: title)
        var meta = context["meta"] as? [String: Any] ?? [:]
        meta.merge(extraMeta) { _, new in new }
        meta["description"] = description
        meta["url"] = site.canonicalURL(String(path.dropLast("index.html".count)))
        context["meta"] = meta
        context.merge(extra) { _, new in new }
        let html = try templates.render(name, context: context, for: templates.origin + name + ".mustache",
                                        cache: partialCache)
        try sink.write(site.config.urls.finish(html, at: path), to: path)
    }
}
